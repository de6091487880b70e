/** The trail above a page's heading; empty links (an unknown story) are left out. */
export function Breadcrumb({ trail }: { trail: ({ href: string; label: string } | null)[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail
          .filter((step) => step !== null)
          .map((step) => (
            <li key={step.href}>
              <a href={step.href}>{step.label}</a>
            </li>
          ))}
      </ol>
    </nav>
  );
}
