/** Placeholder until the screen is built. */
export function ScenarioScreen() {
  return <section data-testid="scenario-screen" />;
}
