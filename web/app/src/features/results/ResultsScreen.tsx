/** Placeholder until the screen is built. */
export function ResultsScreen() {
  return <section data-testid="results-screen" />;
}
