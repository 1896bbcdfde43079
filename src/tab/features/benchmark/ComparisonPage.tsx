/** Placeholder page. */
export function ComparisonPage() {
  return <h1>ComparisonPage</h1>;
}
