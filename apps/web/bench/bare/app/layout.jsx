// the baseline for the reader's Lighthouse scores: a bare Next App Router production page
export const metadata = { title: "Bare page", description: "One heading and one paragraph." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
