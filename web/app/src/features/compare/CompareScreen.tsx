/** Placeholder until the screen is built. */
export function CompareScreen() {
  return <section data-testid="compare-screen" />;
}
