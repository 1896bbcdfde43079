/** Placeholder page. */
export function StartPage() {
  return <h1>StartPage</h1>;
}
