/** Placeholder until the screen is built. */
export function DataScreen() {
  return <section data-testid="data-screen" />;
}
