/** Placeholder page. */
export function QuestionnairePage() {
  return <h1>QuestionnairePage</h1>;
}
