import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "@/lib/site";
import { sans, serif } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_GB" },
  formatDetection: { telephone: false, date: false, address: false, email: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap site-header__inner">
            <Link href="/" className="site-name" prefetch={false}>
              {SITE_NAME}
            </Link>
            <nav aria-label="Site">
              <ul className="site-nav">
                <li>
                  <Link href="/" prefetch={false}>
                    Stories
                  </Link>
                </li>
                <li>
                  <Link href="/actors" prefetch={false}>
                    Actors
                  </Link>
                </li>
              </ul>
            </nav>
            <search>
              <form className="site-search" action="/search" method="get">
                <label htmlFor="site-q" className="visually-hidden">
                  Search all records
                </label>
                <input
                  id="site-q"
                  name="q"
                  type="search"
                  placeholder="Search records"
                  autoComplete="off"
                />
                <button type="submit">Search</button>
              </form>
            </search>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Every event and statement here links to the exact words of its sources. Dates carry
              their precision; what is not known is marked unknown, never guessed.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
