/** The sign-in page: name and password, POST /api/session; the server's refusal is shown as sent. */
import { useState, type FormEvent } from 'react';
import { api, ApiError, type SessionBody } from '../../api/client.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { accountMessages } from './messages.ts';
import './account.css';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: SessionBody) => void }) {
  const t = useMessages(accountMessages);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn({ name, password }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) setError(t('error.throttled', { message: e.body.message }));
      else if (e instanceof ApiError && e.status === 401) setError(t('error.wrong'));
      else setError((e as Error).message);
    } finally {
      setBusy(false);
      setPassword('');
    }
  };
  return (
    <main className="sign-in">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title" data-testid="sign-in">
        <h1 id="sign-in-title">{t('title')}</h1>
        <p>{t('hint')}</p>
        <label>{t('name')}<input name="name" autoComplete="username" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('password')}<input name="password" type="password" autoComplete="current-password" required maxLength={1024} value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        {error && <p role="alert" className="sign-in-error">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? t('busy') : t('submit')}</button>
      </form>
    </main>
  );
}
