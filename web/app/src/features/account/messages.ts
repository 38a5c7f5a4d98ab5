/** Labels of the sign-in page and the signed-in badge. */
import { defineMessages } from '../../i18n/i18n.tsx';

const zh = {
  'title': '登录均衡',
  'hint': '此服务器需要账号。账号由管理员用 junheng user add 创建。',
  'name': '用户名',
  'password': '密码',
  'submit': '登录',
  'busy': '正在登录…',
  'signedIn': '已登录：{name}（{role}）',
  'signOut': '退出',
  'role.viewer': '查看',
  'role.planner': '规划',
  'role.admin': '管理员',
  'error.wrong': '用户名或密码不正确',
  'error.throttled': '失败次数过多，请稍后再试：{message}',
} as const;

const en: Record<keyof typeof zh, string> = {
  'title': 'Sign in to Junheng',
  'hint': 'This server needs an account. An administrator creates accounts with junheng user add.',
  'name': 'User name',
  'password': 'Password',
  'submit': 'Sign in',
  'busy': 'Signing in…',
  'signedIn': 'Signed in: {name} ({role})',
  'signOut': 'Sign out',
  'role.viewer': 'viewer',
  'role.planner': 'planner',
  'role.admin': 'admin',
  'error.wrong': 'The name or the password is wrong',
  'error.throttled': 'Too many failed sign-ins: {message}',
};

export const accountMessages = defineMessages(zh, en);
