/** Placeholder until the screen is built. */
export function PresentScreen() {
  return <section data-testid="present-screen" />;
}
