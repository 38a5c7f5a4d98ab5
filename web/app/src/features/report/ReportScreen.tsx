/** Placeholder until the screen is built. */
export function ReportScreen() {
  return <section data-testid="report-screen" />;
}
