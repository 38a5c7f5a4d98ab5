/** In the header: who is signed in, with a sign-out button; nothing on a single-user server. */
import { useMessages } from '../../i18n/i18n.tsx';
import { accountMessages } from './messages.ts';
import { useSession } from './session.tsx';

export function AccountBadge() {
  const t = useMessages(accountMessages);
  const { session, signOut } = useSession();
  if (!session?.user) return null;
  const { name, role } = session.user;
  return (
    <span className="account-badge" data-testid="account-badge">
      {t('signedIn', { name, role: t(`role.${role}`) })}
      <button type="button" onClick={() => void signOut()}>{t('signOut')}</button>
    </span>
  );
}
