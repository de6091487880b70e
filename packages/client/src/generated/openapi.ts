// generated from the Dossier API's OpenAPI document by `pnpm --filter @dossier/client generate`;
// do not edit: a test fails when this file and the API's document disagree
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers 200 while the service is up, with the dataset it serves.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stories
         * @description News stories, by the start of their period.
         */
        get: operations["listStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a story
         * @description One story: its summary, period and sources.
         */
        get: operations["getStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a story's timeline
         * @description The story's events and statements in one date order; on the same date, events come before what was said of them.
         */
        get: operations["getStoryTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare a story's sources
         * @description Two or more of the story's sources side by side: which records each carries (from their evidence), what only one carries, how each names things, and where they differ.
         */
        get: operations["compareStorySources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Events in date order (partial dates first by their start), filtered as core's `filterEvents` filters them.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description One event with its evidence: the exact words of each source, with their offsets in the source text.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Statements in date order, filtered as core's `filterStatements` filters them.
         */
        get: operations["listStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a statement
         * @description One statement with its evidence: the exact words of each source carrying it.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description People and organisations, by name.
         */
        get: operations["listActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an actor
         * @description One actor, with roles and the names the sources use for it, each with its evidence.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an actor's statements
         * @description What the actor said; with `role=mentioned`, statements addressed to, aimed at or mentioning it; with `role=any`, both.
         */
        get: operations["listActorStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an actor's events
         * @description The events the actor took part in, in date order.
         */
        get: operations["listActorEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List places
         * @description Places, by name.
         */
        get: operations["listPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a place
         * @description One place, with where the sources name it.
         */
        get: operations["getPlace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The news texts the records are grounded in, each in full with what is known of where it comes from.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description One source: its full text, verbatim, and what is known of its title, publisher, address and date (unknowns recorded as unknown, never invented).
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a source's annotations
         * @description Every span of the source's text that grounds a record, in text order.
         */
        get: operations["listSourceAnnotations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/web-annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source's annotations as W3C Web Annotations
         * @description Every span of the source that grounds a record, as a W3C Web Annotation collection in JSON-LD: each target selected by TextQuoteSelector (the exact words with 32 characters of context either side, which survive edits to the text) and TextPositionSelector (offsets in Unicode code points), each body the record the words ground. Ready for Hypothesis-style anchoring and annotation servers.
         */
        get: operations["getSourceWebAnnotations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a source's segments
         * @description The source's text cut at every annotation boundary, each piece with the spans covering it: joined in order, the pieces give back the text exactly, so a reader can highlight overlapping evidence. Use `format=ndjson` to get every piece at once.
         */
        get: operations["listSourceSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search every record
         * @description Ranked full-text search across stories, events, statements, actors, places, sources, framings and discrepancies. Case, accents and small typos are forgiven; every word must match (prefixes count).
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Dossier's event taxonomy, each type with its CAMEO code and PLOVER category, so records line up with GDELT-style data.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event type
         * @description One type of the taxonomy.
         */
        get: operations["getEventType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe a problem type
         * @description What a problem's `type` refers to: every error the API returns names one of these.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The service is up and serving this dataset. */
        Health: {
            /** @enum {string} */
            status: "ok";
            dataset: {
                /** @description Changes whenever the dataset does. */
                fingerprint: string;
                /** @description How many records of each kind are served. */
                counts: {
                    [key: string]: number;
                };
            };
        };
        /** @description A 400 problem (RFC 9457, application/problem+json). */
        BadRequestProblem: {
            /**
             * @description The kind of problem: one of the types a 400 carries. Match on it, not on the title.
             * @enum {string}
             */
            type: "/problems/invalid-parameter";
            /**
             * @description A short summary of the kind of problem.
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @enum {number}
             */
            status: 400;
            /**
             * @description What went wrong with this request, in plain words.
             * @example 1 query parameter is invalid.
             */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/events?limit=500
             */
            instance: string;
            /** @description The request id, as in the X-Request-Id header. */
            requestId: string;
            /** @description For invalid parameters: each one and why (the first 50). */
            errors?: components["schemas"]["ParameterError"][];
        };
        /** @description One invalid parameter and why it was refused. */
        ParameterError: {
            /**
             * @description The name of the offending parameter.
             * @example limit
             */
            parameter: string;
            /**
             * @description Where the parameter was given.
             * @enum {string}
             */
            in: "query" | "path" | "header";
            /**
             * @description Why the value was refused.
             * @example must be at most 100
             */
            detail: string;
        };
        /** @description A 404 problem (RFC 9457, application/problem+json). */
        NotFoundProblem: {
            /**
             * @description The kind of problem: one of the types a 404 carries. Match on it, not on the title.
             * @enum {string}
             */
            type: "/problems/not-found" | "/problems/route-not-found";
            /**
             * @description A short summary of the kind of problem.
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @enum {number}
             */
            status: 404;
            /**
             * @description What went wrong with this request, in plain words.
             * @example 1 query parameter is invalid.
             */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/events?limit=500
             */
            instance: string;
            /** @description The request id, as in the X-Request-Id header. */
            requestId: string;
            /** @description For invalid parameters: each one and why (the first 50). */
            errors?: components["schemas"]["ParameterError"][];
        };
        /** @description A 406 problem (RFC 9457, application/problem+json). */
        NotAcceptableProblem: {
            /**
             * @description The kind of problem: one of the types a 406 carries. Match on it, not on the title.
             * @enum {string}
             */
            type: "/problems/not-acceptable";
            /**
             * @description A short summary of the kind of problem.
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @enum {number}
             */
            status: 406;
            /**
             * @description What went wrong with this request, in plain words.
             * @example 1 query parameter is invalid.
             */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/events?limit=500
             */
            instance: string;
            /** @description The request id, as in the X-Request-Id header. */
            requestId: string;
            /** @description For invalid parameters: each one and why (the first 50). */
            errors?: components["schemas"]["ParameterError"][];
        };
        /** @description A 429 problem (RFC 9457, application/problem+json). */
        TooManyRequestsProblem: {
            /**
             * @description The kind of problem: one of the types a 429 carries. Match on it, not on the title.
             * @enum {string}
             */
            type: "/problems/rate-limited";
            /**
             * @description A short summary of the kind of problem.
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @enum {number}
             */
            status: 429;
            /**
             * @description What went wrong with this request, in plain words.
             * @example 1 query parameter is invalid.
             */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/events?limit=500
             */
            instance: string;
            /** @description The request id, as in the X-Request-Id header. */
            requestId: string;
            /** @description For invalid parameters: each one and why (the first 50). */
            errors?: components["schemas"]["ParameterError"][];
        };
        /** @description A 500 problem (RFC 9457, application/problem+json). */
        InternalErrorProblem: {
            /**
             * @description The kind of problem: one of the types a 500 carries. Match on it, not on the title.
             * @enum {string}
             */
            type: "/problems/internal-error";
            /**
             * @description A short summary of the kind of problem.
             * @example Invalid parameter
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @enum {number}
             */
            status: 500;
            /**
             * @description What went wrong with this request, in plain words.
             * @example 1 query parameter is invalid.
             */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/events?limit=500
             */
            instance: string;
            /** @description The request id, as in the X-Request-Id header. */
            requestId: string;
            /** @description For invalid parameters: each one and why (the first 50). */
            errors?: components["schemas"]["ParameterError"][];
        };
        /** @description A page of stories. */
        StoryPage: {
            /** @description The stories on this page. */
            data: components["schemas"]["StoryItem"][];
            page: components["schemas"]["Page"];
        };
        /** @description A story, with the related records asked for with `expand`. */
        StoryItem: {
            id: components["schemas"]["Id"];
            title: string;
            /** @description What happened, in brief, in the curator's words. */
            summary: string;
            /** @description The span of dates the story's records fall in. */
            period: {
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            };
            /** @description The ids of the story's sources. */
            sources: components["schemas"]["Id"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
            /** @description The related records asked for with `expand`. */
            expanded?: {
                sources?: components["schemas"]["Source"][];
            };
        };
        /**
         * @description A stable identifier: lowercase ASCII words joined by hyphens. Unique across the whole dataset.
         * @example adil-abdul-mahdi
         */
        Id: string;
        /** @description A news text the records are grounded in, with what is known of where it comes from. Unknown metadata is recorded as unknown, never invented. */
        Source: {
            id: components["schemas"]["Id"];
            /** @description The title of the text as we hold it. */
            title: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description Where the text we hold was published. */
            publisher: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description The address of the text we hold. Never guessed. */
            url: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                /** Format: uri */
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                /** Format: uri */
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description The date of the text we hold. */
            published: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                /** Format: date */
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                /** Format: date */
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /**
             * @description The language of the text we hold.
             * @example en
             * @example ar
             */
            language: string;
            /**
             * @description The language of the original, where the text we hold is a translation.
             * @example en
             * @example ar
             */
            translatedFrom?: string;
            /** @description How the text reached us: as an original, a reprint, a translation or a rewrite. */
            derivation: {
                kind: components["schemas"]["SourceDerivationKind"];
                origin?: components["schemas"]["SourceOrigin"];
                /** @description A curator's note, in plain prose. */
                note?: string;
            };
            /**
             * @description What a reader should know about the text itself: artefacts, slips, its voice.
             * @default []
             */
            notes: string[];
            /** @description The full text, verbatim, byte for byte as collected. */
            text: string;
            /** @description SHA-256 of the text's UTF-8 bytes, computed at build time. */
            sha256: string;
        };
        /**
         * @description How the text we hold relates to the report it comes from.
         * @enum {string}
         */
        SourceDerivationKind: "original" | "reprint" | "translation" | "machine-translation" | "rewrite";
        /** @description What is known of the report a derived text comes from. */
        SourceOrigin: {
            /** @description Who published the original report. */
            publisher: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description The original report's title. */
            title: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description The original report's language. */
            language: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                value: components["schemas"]["Language"];
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                value: components["schemas"]["Language"];
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
            /** @description The original report's date. */
            published: {
                /**
                 * @description Established from the material itself.
                 * @enum {string}
                 */
                status: "known";
                /** Format: date */
                value: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            } | {
                /**
                 * @description Probable, not established; the note says why.
                 * @enum {string}
                 */
                status: "likely";
                /** Format: date */
                value: string;
                /** @description A curator's note, in plain prose. */
                note: string;
            } | {
                /**
                 * @description Not known; the note says what was looked for.
                 * @enum {string}
                 */
                status: "unknown";
                /** @description A curator's note, in plain prose. */
                note: string;
            };
        };
        /**
         * @description A BCP 47 language tag.
         * @example en
         * @example ar
         */
        Language: string;
        /** @description Where this page stands in the whole list. */
        Page: {
            /**
             * @description How many records match, on all pages.
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for.
             * @example 20
             */
            limit: number;
            /**
             * @description Pass as `cursor` to get the next page; null on the last page.
             * @example MjA.1ih70e6qefzcy
             */
            nextCursor: string | null;
            /**
             * @description The path and query of the next page; null on the last page.
             * @example /v1/events?limit=20&cursor=MjA.1ih70e6qefzcy
             */
            next: string | null;
        };
        /** @description A page of timeline entries. */
        TimelinePage: {
            /** @description The timeline entries on this page. */
            data: components["schemas"]["TimelineEntry"][];
            page: components["schemas"]["Page"];
        };
        /** @description An event or a statement, in date order. */
        TimelineEntry: {
            /** @enum {string} */
            kind: "event";
            record: components["schemas"]["NewsEvent"];
        } | {
            /** @enum {string} */
            kind: "statement";
            record: components["schemas"]["Statement"];
        };
        /** @description Something that happened, or is claimed, planned or demanded: typed, dated, placed, with who took part and how each source reports it. */
        NewsEvent: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            type: components["schemas"]["EventType"];
            /** @description A short title in the curator's neutral words. */
            title: string;
            /** @description What happened, in the curator's neutral words. */
            summary: string;
            date: components["schemas"]["PartialDate"];
            place?: components["schemas"]["Id"];
            /**
             * @description For an act of communication (a letter, a tweet, a speech), how it was made; its statements point to it.
             * @enum {string}
             */
            medium?: "parliament-session" | "written-statement" | "tweet" | "letter" | "press-conference" | "interview" | "speech" | "summons" | "unspecified";
            /** @default [] */
            participants: components["schemas"]["Participant"][];
            /** @default [] */
            relations: components["schemas"]["EventRelation"][];
            /**
             * @description Context notes the record draws on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description Each source that reports the event, and how. */
            attestations: components["schemas"]["EventAttestation"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description The type of an event, from Dossier's taxonomy; each type maps to a CAMEO code and, where one fits, a PLOVER category (see EVENT_TYPES).
         * @enum {string}
         */
        EventType: "public-statement" | "travel-advisory" | "consultation" | "legislative-resolution" | "demand-withdrawal" | "summon-diplomat" | "official-complaint" | "reduce-military-assistance" | "raise-alert" | "military-deployment" | "withdraw-forces" | "airstrike" | "armed-attack" | "assassination" | "protest" | "sanction" | "agreement";
        /** @description A date known to some precision or only between bounds, with how it was worked out and its EDTF form. */
        PartialDate: {
            /**
             * @description ISO 8601, exactly as precise as `precision`: '2020', '2020-01', '2020-01-05', or '2020-01-03T00:30' for time. Where anchors narrow it, the widest period the date is known to lie in.
             * @example 2020-01-05
             */
            value: string;
            precision: components["schemas"]["DatePrecision"];
            partOfDay?: components["schemas"]["PartOfDay"];
            periodPart?: components["schemas"]["PeriodPart"];
            /**
             * @description True when the date is an estimate.
             * @default false
             */
            approximate: boolean;
            /** @description What the date is known to come after (a reaction comes after what it reacts to). */
            after?: {
                /**
                 * @description An event or statement whose date bounds this one.
                 * @example adil-abdul-mahdi
                 */
                record: string;
            } | {
                /**
                 * Format: date
                 * @description A calendar date that bounds this one.
                 */
                date: string;
            };
            /** @description What the date is known to come before ('earlier' than an announcement). */
            before?: {
                /**
                 * @description An event or statement whose date bounds this one.
                 * @example adil-abdul-mahdi
                 */
                record: string;
            } | {
                /**
                 * Format: date
                 * @description A calendar date that bounds this one.
                 */
                date: string;
            };
            resolution: components["schemas"]["DateResolution"];
            /** @description The earliest the record can be: ISO 8601 (a day, or a time for time precision), after applying the period part and the anchors. */
            earliest: string;
            /** @description The latest the record can be, likewise. */
            latest: string;
            /**
             * @description The date in the Extended Date/Time Format (ISO 8601-2), e.g. '2020-01-05', '2020-01~', or the interval '2020-01-03/2020-01-05'.
             * @example 2020-01-03/2020-01-05
             */
            edtf: string;
            /** @description The record's place in the dataset's chronology: by earliest possible date, and always after a record it is anchored after (and before one it is anchored before). */
            order: number;
        };
        /**
         * @description How much of the date is known.
         * @enum {string}
         */
        DatePrecision: "year" | "month" | "day" | "time";
        /**
         * @description The part of the day, where a day-precision date says that much more.
         * @enum {string}
         */
        PartOfDay: "early-morning" | "morning" | "afternoon" | "evening" | "night";
        /**
         * @description The part of a month or year, where only that much is known: a month's early, mid and late are days 1-10, 11-20 and 21 to its end; a year's are January-April, May-August, September-December.
         * @enum {string}
         */
        PeriodPart: "early" | "mid" | "late";
        /** @description How a date was resolved, so a reader can check the reasoning. */
        DateResolution: {
            /**
             * @description explicit: the text states the date; relative: words like 'on Sunday' resolved against an anchor; anchored: known only to lie after or before other records; context: a cited context note; publication: the report's own date.
             * @enum {string}
             */
            basis: "explicit" | "relative" | "anchored" | "context" | "publication";
            /** @description What relative words were resolved against, e.g. 'the publication date, 2020-01-05'. */
            anchor?: string;
            /**
             * @description Ids of the context notes the date rests on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description How the date was worked out, in the curator's words. */
            reasoning: string;
            /**
             * @description The words in the sources that place the record in time ('on Friday morning').
             * @default []
             */
            words: components["schemas"]["Evidence"][];
        };
        /** @description The exact words of a source that ground a record, anchored in the source text by position and by context. Computed by the build. */
        Evidence: {
            /**
             * @description The id of the source the quote comes from.
             * @example adil-abdul-mahdi
             */
            source: string;
            /** @description The words exactly as they stand in the source, character for character (curly quotes and slips included). */
            quote: string;
            /** @description Which occurrence is meant (1-based) when the quote appears more than once in the source. */
            occurrence?: number;
            /** @description Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index). */
            start: number;
            /** @description Offset just past the quote's last character, in UTF-16 code units. */
            end: number;
            /** @description The same span in Unicode code points, as a W3C TextPositionSelector counts them. */
            codePoints: {
                start: number;
                end: number;
            };
            /** @description Up to 32 characters of the text just before the quote, for re-anchoring (a W3C TextQuoteSelector's prefix). */
            prefix: string;
            /** @description Up to 32 characters of the text just after the quote. */
            suffix: string;
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /** @description An actor and the part it plays in an event. */
        Participant: {
            actor: components["schemas"]["Id"];
            role: components["schemas"]["ParticipantRole"];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description The part an actor plays in an event.
         * @enum {string}
         */
        ParticipantRole: "agent" | "target" | "victim" | "addressee" | "beneficiary" | "mediator" | "participant";
        /** @description A link from this event to another event. */
        EventRelation: {
            type: components["schemas"]["EventRelationType"];
            event: components["schemas"]["Id"];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description How this event relates to another.
         * @enum {string}
         */
        EventRelationType: "caused-by" | "response-to" | "part-of" | "follows";
        /** @description One source's report of an event, with how factual it presents it and whose word it is. */
        EventAttestation: {
            /**
             * @description The source that reports the event.
             * @example adil-abdul-mahdi
             */
            source: string;
            factuality: components["schemas"]["Factuality"];
            /**
             * @description Whose claim, plan, demand or denial it is, where the source does not report the event in its own voice.
             * @example adil-abdul-mahdi
             */
            by?: string;
            /**
             * @description The statement through which the source reports the event.
             * @example adil-abdul-mahdi
             */
            statement?: string;
            /** @description This source's words for the event. */
            evidence: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description How a source reports an event: as having happened (in its own voice); as a speaker's claim; as planned, demanded or hypothetical; or as denied.
         * @enum {string}
         */
        Factuality: "happened" | "claimed" | "planned" | "demanded" | "hypothetical" | "denied";
        /** @description One claim by one speaker (who said what, to whom, about what), and each source's account of it. */
        Statement: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            /**
             * @description The actor who made the claim; null when no source names one.
             * @example adil-abdul-mahdi
             */
            speaker: string | null;
            act: components["schemas"]["SpeechAct"];
            /** @description The claim in the curator's neutral words: only what every attestation supports. */
            gist: string;
            date: components["schemas"]["PartialDate"];
            /**
             * @description The event that is the act of communication the claim was made in (a letter, a tweet, a speech in a session).
             * @example adil-abdul-mahdi
             */
            communication?: string;
            /**
             * @description Actors the words are spoken to.
             * @default []
             */
            addressees: components["schemas"]["Id"][];
            /**
             * @description Actors the words act against or criticise.
             * @default []
             */
            targets: components["schemas"]["Id"][];
            /**
             * @description Actors the words only mention.
             * @default []
             */
            mentions: components["schemas"]["Id"][];
            /**
             * @description Events the claim is about.
             * @default []
             */
            about: components["schemas"]["Id"][];
            /**
             * @description Context notes the record draws on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description Each source that carries the claim, with its own account of it. */
            attestations: components["schemas"]["Attestation"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description What the speaker does by speaking; each act maps to a CAMEO code where CAMEO has one (see SPEECH_ACTS).
         * @enum {string}
         */
        SpeechAct: "claim" | "assessment" | "announcement" | "disclosure" | "demand" | "call" | "advice" | "proposal" | "commitment" | "warning" | "threat" | "criticism" | "condemnation" | "accusation" | "denial" | "rejection" | "justification";
        /** @description One source's account of a claim: its words, how it renders and attributes them, its cue, the name it gives the speaker and the occasion. */
        Attestation: {
            /**
             * @description The source that carries the claim.
             * @example adil-abdul-mahdi
             */
            source: string;
            quotation: components["schemas"]["Quotation"];
            attribution: components["schemas"]["Attribution"];
            /** @description The words this source uses for the speaker ('Mahdi', 'the ministry'). */
            speakerName?: {
                /**
                 * @description The id of the source the quote comes from.
                 * @example adil-abdul-mahdi
                 */
                source: string;
                /** @description The words exactly as they stand in the source, character for character (curly quotes and slips included). */
                quote: string;
                /** @description Which occurrence is meant (1-based) when the quote appears more than once in the source. */
                occurrence?: number;
                /** @description Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index). */
                start: number;
                /** @description Offset just past the quote's last character, in UTF-16 code units. */
                end: number;
                /** @description The same span in Unicode code points, as a W3C TextPositionSelector counts them. */
                codePoints: {
                    start: number;
                    end: number;
                };
                /** @description Up to 32 characters of the text just before the quote, for re-anchoring (a W3C TextQuoteSelector's prefix). */
                prefix: string;
                /** @description Up to 32 characters of the text just after the quote. */
                suffix: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            };
            /** @description The reporting cue this source uses ('stressed', 'claims', 'vowed'). */
            cue?: {
                /**
                 * @description The id of the source the quote comes from.
                 * @example adil-abdul-mahdi
                 */
                source: string;
                /** @description The words exactly as they stand in the source, character for character (curly quotes and slips included). */
                quote: string;
                /** @description Which occurrence is meant (1-based) when the quote appears more than once in the source. */
                occurrence?: number;
                /** @description Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index). */
                start: number;
                /** @description Offset just past the quote's last character, in UTF-16 code units. */
                end: number;
                /** @description The same span in Unicode code points, as a W3C TextPositionSelector counts them. */
                codePoints: {
                    start: number;
                    end: number;
                };
                /** @description Up to 32 characters of the text just before the quote, for re-anchoring (a W3C TextQuoteSelector's prefix). */
                prefix: string;
                /** @description Up to 32 characters of the text just after the quote. */
                suffix: string;
                /** @description A curator's note, in plain prose. */
                note?: string;
            };
            /** @description The occasion this source gives ('in a letter', 'in a tweet'). */
            occasion?: {
                kind: components["schemas"]["OccasionKind"];
                /** @description The words that give the occasion. */
                words?: {
                    /**
                     * @description The id of the source the quote comes from.
                     * @example adil-abdul-mahdi
                     */
                    source: string;
                    /** @description The words exactly as they stand in the source, character for character (curly quotes and slips included). */
                    quote: string;
                    /** @description Which occurrence is meant (1-based) when the quote appears more than once in the source. */
                    occurrence?: number;
                    /** @description Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index). */
                    start: number;
                    /** @description Offset just past the quote's last character, in UTF-16 code units. */
                    end: number;
                    /** @description The same span in Unicode code points, as a W3C TextPositionSelector counts them. */
                    codePoints: {
                        start: number;
                        end: number;
                    };
                    /** @description Up to 32 characters of the text just before the quote, for re-anchoring (a W3C TextQuoteSelector's prefix). */
                    prefix: string;
                    /** @description Up to 32 characters of the text just after the quote. */
                    suffix: string;
                    /** @description A curator's note, in plain prose. */
                    note?: string;
                };
            };
            /** @description This source's words for the claim. */
            evidence: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description How a source renders the words: a direct quote; a partial quote (only a fragment in quotation marks); indirect (reported) speech; or a paraphrase that keeps the sense, not the words.
         * @enum {string}
         */
        Quotation: "direct" | "partial" | "indirect" | "paraphrase";
        /**
         * @description How a source attributes the words: to a speaker it names; to one it does not name ('a spokesperson'); to no one but itself, in its own narration; or to no one at all (words in quotation marks with no speaker).
         * @enum {string}
         */
        Attribution: "named" | "unnamed" | "outlet" | "none";
        /**
         * @description Where or how the words were said.
         * @enum {string}
         */
        OccasionKind: "parliament-session" | "written-statement" | "tweet" | "letter" | "press-conference" | "interview" | "speech" | "summons" | "unspecified";
        /** @description Sources side by side: what each carries, how each names things, where they differ. */
        SourceComparison: {
            sources: components["schemas"]["Source"][];
            /** @description Every record any of the sources carries. */
            rows: components["schemas"]["CoverageRow"][];
            /** @description Records every compared source carries. */
            shared: components["schemas"]["CoverageRow"][];
            /** @description For each source, the records it alone carries. */
            onlyIn: {
                [key: string]: components["schemas"]["CoverageRow"][];
            };
            /** @description How the sources name the same things. */
            framings: components["schemas"]["Framing"][];
            /** @description Where the sources differ. */
            discrepancies: components["schemas"]["Discrepancy"][];
        };
        /** @description A record and the evidence each source gives for it: a row of the coverage matrix. */
        CoverageRow: {
            ref: components["schemas"]["RecordRef"];
            title: string;
            /** @description For each source id, its words for the record (empty when it does not carry it). */
            bySource: {
                [key: string]: components["schemas"]["Evidence"][];
            };
            /** @description For each source id, how it carries the record: a statement's quotation (direct, partial, indirect, paraphrase), an event's factuality (happened, claimed, ...); null when it does not carry it. */
            how: {
                [key: string]: string | null;
            };
        };
        /** @description A reference to another record by kind and id. */
        RecordRef: {
            kind: components["schemas"]["RecordKind"];
            id: components["schemas"]["Id"];
        };
        /**
         * @description The kind of a record in the dataset.
         * @enum {string}
         */
        RecordKind: "source" | "actor" | "place" | "event" | "statement" | "framing" | "discrepancy" | "story" | "context";
        /** @description How each source names the same thing ('raid', 'drone strike', 'assassination'). */
        Framing: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            /** @description The event or actor being named. */
            referent: {
                kind: components["schemas"]["RecordKind"];
                id: components["schemas"]["Id"];
            };
            /** @description What the framing is about, in a line. */
            title: string;
            terms: components["schemas"]["FramingTerm"][];
            /** @description What the difference in wording does, in the curator's words. */
            note?: string;
        };
        /** @description The words one source uses for a referent, and whose words they are. */
        FramingTerm: {
            source: components["schemas"]["Id"];
            /** @description The words the source uses for the referent. */
            term: string;
            voice: components["schemas"]["Voice"];
            /**
             * @description The speaker, when the voice is a named speaker's, or whose reported speech holds an uncertain term.
             * @example adil-abdul-mahdi
             */
            speaker?: string;
            evidence: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description Whose words a term is: the outlet's own narration; a named speaker's; a speaker the source does not name; or uncertain (a loaded word inside reported speech, where a reader cannot tell whether the speaker or the writer chose it).
         * @enum {string}
         */
        Voice: "outlet" | "speaker" | "unnamed-speaker" | "uncertain";
        /** @description Where sources differ on the same story, or a source differs from the record outside it, each side with its evidence. */
        Discrepancy: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            kind: components["schemas"]["DiscrepancyKind"];
            title: string;
            /**
             * @description The records the discrepancy concerns.
             * @default []
             */
            about: components["schemas"]["RecordRef"][];
            sides: components["schemas"]["DiscrepancySide"][];
            /**
             * @description Context notes that settle or explain it.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description The curator's note: what differs and what is known to be right. */
            note: string;
        };
        /**
         * @description omission: one source leaves out what another reports; contradiction: they cannot both be right; differing-detail: they differ in a detail; naming: they name something differently; attribution: they differ on who said it, or leave it unsaid; error: a source gets something wrong, against another source or the record outside them.
         * @enum {string}
         */
        DiscrepancyKind: "omission" | "contradiction" | "differing-detail" | "naming" | "attribution" | "error";
        /** @description One side of a discrepancy: a source with its words (and its slip, if it errs), or a context note from outside the sources. */
        DiscrepancySide: {
            source: components["schemas"]["Id"];
            /** @description What this side says, or that it says nothing, in the curator's words. */
            says: string;
            /**
             * @description The source's words; empty for the silent side of an omission.
             * @default []
             */
            evidence: components["schemas"]["Evidence"][];
            slip?: components["schemas"]["Slip"];
        } | {
            /**
             * @description A context note: the record outside the sources that this side rests on.
             * @example adil-abdul-mahdi
             */
            context: string;
            /** @description What this side says, or that it says nothing, in the curator's words. */
            says: string;
        };
        /** @description An error on one side of a discrepancy, and what was meant. */
        Slip: {
            kind: components["schemas"]["SlipKind"];
            /** @description The likely intended reading, where the slip has one ('Tueller' for 'Tooler'); absent where the sense cannot be recovered. */
            intended?: string;
        };
        /**
         * @description What kind of error a side makes: a translation slip (a word rendered wrongly or garbled); a transliteration that misspells a name; a typo; a reporting error (a wrong fact, title or date); or a rewriter's words changing what the report said.
         * @enum {string}
         */
        SlipKind: "translation" | "transliteration" | "typo" | "reporting" | "rewriting";
        /** @description A page of events. */
        NewsEventPage: {
            /** @description The events on this page. */
            data: components["schemas"]["NewsEventItem"][];
            page: components["schemas"]["Page"];
        };
        /** @description An event, with the related records asked for with `expand`. */
        NewsEventItem: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            type: components["schemas"]["EventType"];
            /** @description A short title in the curator's neutral words. */
            title: string;
            /** @description What happened, in the curator's neutral words. */
            summary: string;
            date: components["schemas"]["PartialDate"];
            place?: components["schemas"]["Id"];
            /**
             * @description For an act of communication (a letter, a tweet, a speech), how it was made; its statements point to it.
             * @enum {string}
             */
            medium?: "parliament-session" | "written-statement" | "tweet" | "letter" | "press-conference" | "interview" | "speech" | "summons" | "unspecified";
            /** @default [] */
            participants: components["schemas"]["Participant"][];
            /** @default [] */
            relations: components["schemas"]["EventRelation"][];
            /**
             * @description Context notes the record draws on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description Each source that reports the event, and how. */
            attestations: components["schemas"]["EventAttestation"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
            /** @description The related records asked for with `expand`. */
            expanded?: {
                /** @description The place; null when none is recorded. */
                place?: {
                    id: components["schemas"]["Id"];
                    name: string;
                    kind: components["schemas"]["PlaceKind"];
                    /**
                     * @description The place this one lies in.
                     * @example adil-abdul-mahdi
                     */
                    within?: string;
                    /** @description WGS 84 latitude and longitude of a representative point. */
                    coordinates?: {
                        lat: number;
                        lon: number;
                    };
                    /**
                     * @description Where the sources name this place.
                     * @default []
                     */
                    mentions: components["schemas"]["Evidence"][];
                    /** @description A curator's note, in plain prose. */
                    note?: string;
                } | null;
                participants?: components["schemas"]["Actor"][];
                /** @description The statements through which sources report this event. */
                claims?: components["schemas"]["Statement"][];
                /** @description For an act of communication, the statements made in it. */
                said?: components["schemas"]["Statement"][];
                /** @description Statements about this event. */
                statements?: components["schemas"]["Statement"][];
            };
        };
        /**
         * @description What sort of place this is.
         * @enum {string}
         */
        PlaceKind: "country" | "region" | "province" | "city" | "town" | "district" | "site" | "facility" | "airport";
        /** @description A person, organisation or population that acts, speaks or is acted upon. */
        Actor: {
            id: components["schemas"]["Id"];
            /** @description The name the record uses, in a standard romanisation. */
            name: string;
            kind: components["schemas"]["ActorKind"];
            /** @description Who or what this is, in a sentence. */
            description: string;
            /**
             * @description Actors this one is part of.
             * @default []
             */
            memberOf: components["schemas"]["Id"][];
            /** @default [] */
            roles: components["schemas"]["ActorRole"][];
            /** @default [] */
            aliases: components["schemas"]["Alias"][];
            /**
             * @description Identifiers in other datasets, only where verified.
             * @default {}
             */
            externalIds: {
                wikidata?: string;
            };
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description What sort of actor this is; a population is a group of people named as a whole ('American civilians').
         * @enum {string}
         */
        ActorKind: "person" | "state" | "government" | "ministry" | "legislature" | "diplomatic-mission" | "armed-forces" | "armed-group" | "military-coalition" | "international-organisation" | "political-movement" | "political-party" | "media" | "population";
        /** @description A position an actor holds, grounded in the sources or in context. */
        ActorRole: {
            /** @description The role, e.g. 'caretaker prime minister'. */
            title: string;
            /**
             * @description The actor the role belongs to (a government, a movement).
             * @example adil-abdul-mahdi
             */
            of?: string;
            /** @description When the role began, ISO 8601 to any precision. */
            from?: string;
            /** @description When the role ended, ISO 8601 to any precision. */
            to?: string;
            /**
             * @description Where the sources give this role.
             * @default []
             */
            evidence: components["schemas"]["Evidence"][];
            /**
             * @description Context notes the role rests on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /** @description A name a source uses for an actor, with where it uses it. */
        Alias: {
            /** @description The form exactly as the sources write it. */
            name: string;
            variant: components["schemas"]["AliasVariant"];
            /** @description Where the sources use this form. */
            evidence: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        };
        /**
         * @description How a source's form relates to the actor's name: a correct form, another transliteration, a short or descriptive form, a misnomer (a wrong form, like a truncated compound name), or a slip (misspelling, mistranslation).
         * @enum {string}
         */
        AliasVariant: "standard" | "transliteration" | "short-form" | "descriptive" | "misnomer" | "misspelling" | "mistranslation";
        /** @description A page of statements. */
        StatementPage: {
            /** @description The statements on this page. */
            data: components["schemas"]["StatementItem"][];
            page: components["schemas"]["Page"];
        };
        /** @description A statement, with the related records asked for with `expand`. */
        StatementItem: {
            id: components["schemas"]["Id"];
            story: components["schemas"]["Id"];
            /**
             * @description The actor who made the claim; null when no source names one.
             * @example adil-abdul-mahdi
             */
            speaker: string | null;
            act: components["schemas"]["SpeechAct"];
            /** @description The claim in the curator's neutral words: only what every attestation supports. */
            gist: string;
            date: components["schemas"]["PartialDate"];
            /**
             * @description The event that is the act of communication the claim was made in (a letter, a tweet, a speech in a session).
             * @example adil-abdul-mahdi
             */
            communication?: string;
            /**
             * @description Actors the words are spoken to.
             * @default []
             */
            addressees: components["schemas"]["Id"][];
            /**
             * @description Actors the words act against or criticise.
             * @default []
             */
            targets: components["schemas"]["Id"][];
            /**
             * @description Actors the words only mention.
             * @default []
             */
            mentions: components["schemas"]["Id"][];
            /**
             * @description Events the claim is about.
             * @default []
             */
            about: components["schemas"]["Id"][];
            /**
             * @description Context notes the record draws on.
             * @default []
             */
            context: components["schemas"]["Id"][];
            /** @description Each source that carries the claim, with its own account of it. */
            attestations: components["schemas"]["Attestation"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
            /** @description The related records asked for with `expand`. */
            expanded?: {
                /** @description The speaker; null when unattributed. */
                speaker?: {
                    id: components["schemas"]["Id"];
                    /** @description The name the record uses, in a standard romanisation. */
                    name: string;
                    kind: components["schemas"]["ActorKind"];
                    /** @description Who or what this is, in a sentence. */
                    description: string;
                    /**
                     * @description Actors this one is part of.
                     * @default []
                     */
                    memberOf: components["schemas"]["Id"][];
                    /** @default [] */
                    roles: components["schemas"]["ActorRole"][];
                    /** @default [] */
                    aliases: components["schemas"]["Alias"][];
                    /**
                     * @description Identifiers in other datasets, only where verified.
                     * @default {}
                     */
                    externalIds: {
                        wikidata?: string;
                    };
                    /** @description A curator's note, in plain prose. */
                    note?: string;
                } | null;
                addressees?: components["schemas"]["Actor"][];
                targets?: components["schemas"]["Actor"][];
                mentions?: components["schemas"]["Actor"][];
                about?: components["schemas"]["NewsEvent"][];
                /** @description The act of communication it was made in; null when none is recorded. */
                communication?: {
                    id: components["schemas"]["Id"];
                    story: components["schemas"]["Id"];
                    type: components["schemas"]["EventType"];
                    /** @description A short title in the curator's neutral words. */
                    title: string;
                    /** @description What happened, in the curator's neutral words. */
                    summary: string;
                    date: components["schemas"]["PartialDate"];
                    place?: components["schemas"]["Id"];
                    /**
                     * @description For an act of communication (a letter, a tweet, a speech), how it was made; its statements point to it.
                     * @enum {string}
                     */
                    medium?: "parliament-session" | "written-statement" | "tweet" | "letter" | "press-conference" | "interview" | "speech" | "summons" | "unspecified";
                    /** @default [] */
                    participants: components["schemas"]["Participant"][];
                    /** @default [] */
                    relations: components["schemas"]["EventRelation"][];
                    /**
                     * @description Context notes the record draws on.
                     * @default []
                     */
                    context: components["schemas"]["Id"][];
                    /** @description Each source that reports the event, and how. */
                    attestations: components["schemas"]["EventAttestation"][];
                    /** @description A curator's note, in plain prose. */
                    note?: string;
                } | null;
            };
        };
        /** @description A page of actors. */
        ActorPage: {
            /** @description The actors on this page. */
            data: components["schemas"]["ActorItem"][];
            page: components["schemas"]["Page"];
        };
        /** @description An actor, with the related records asked for with `expand`. */
        ActorItem: {
            id: components["schemas"]["Id"];
            /** @description The name the record uses, in a standard romanisation. */
            name: string;
            kind: components["schemas"]["ActorKind"];
            /** @description Who or what this is, in a sentence. */
            description: string;
            /**
             * @description Actors this one is part of.
             * @default []
             */
            memberOf: components["schemas"]["Id"][];
            /** @default [] */
            roles: components["schemas"]["ActorRole"][];
            /** @default [] */
            aliases: components["schemas"]["Alias"][];
            /**
             * @description Identifiers in other datasets, only where verified.
             * @default {}
             */
            externalIds: {
                wikidata?: string;
            };
            /** @description A curator's note, in plain prose. */
            note?: string;
            /** @description The related records asked for with `expand`. */
            expanded?: {
                memberOf?: components["schemas"]["Actor"][];
                members?: components["schemas"]["Actor"][];
            };
        };
        /** @description A page of places. */
        PlacePage: {
            /** @description The places on this page. */
            data: components["schemas"]["PlaceItem"][];
            page: components["schemas"]["Page"];
        };
        /** @description A place, with the related records asked for with `expand`. */
        PlaceItem: {
            id: components["schemas"]["Id"];
            name: string;
            kind: components["schemas"]["PlaceKind"];
            /**
             * @description The place this one lies in.
             * @example adil-abdul-mahdi
             */
            within?: string;
            /** @description WGS 84 latitude and longitude of a representative point. */
            coordinates?: {
                lat: number;
                lon: number;
            };
            /**
             * @description Where the sources name this place.
             * @default []
             */
            mentions: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
            /** @description The related records asked for with `expand`. */
            expanded?: {
                within?: components["schemas"]["Place"];
            };
        };
        /** @description A place where events happen. */
        Place: {
            id: components["schemas"]["Id"];
            name: string;
            kind: components["schemas"]["PlaceKind"];
            /**
             * @description The place this one lies in.
             * @example adil-abdul-mahdi
             */
            within?: string;
            /** @description WGS 84 latitude and longitude of a representative point. */
            coordinates?: {
                lat: number;
                lon: number;
            };
            /**
             * @description Where the sources name this place.
             * @default []
             */
            mentions: components["schemas"]["Evidence"][];
            /** @description A curator's note, in plain prose. */
            note?: string;
        } | null;
        /** @description A page of sources. */
        SourcePage: {
            /** @description The sources on this page. */
            data: components["schemas"]["Source"][];
            page: components["schemas"]["Page"];
        };
        /** @description A page of annotations. */
        AnnotationPage: {
            /** @description The annotations on this page. */
            data: components["schemas"]["Annotation"][];
            page: components["schemas"]["Page"];
        };
        /** @description One evidence span of a source and the record it grounds. */
        Annotation: {
            /** @description Offset of the span's first character (UTF-16 code units). */
            start: number;
            /** @description Offset just past the span's last character. */
            end: number;
            ref: components["schemas"]["RecordRef"];
            /** @description A human label for the record. */
            label: string;
            /**
             * @description Which part of the record the words ground: its evidence; for a statement, the name a source gives the speaker, its reporting cue or the occasion; a date; an alias; a mention; a framing term; a side of a discrepancy.
             * @enum {string}
             */
            role: "evidence" | "speaker-name" | "cue" | "occasion" | "date" | "alias" | "mention" | "framing" | "discrepancy";
        };
        /** @description Every annotated span of one source as a W3C Web Annotation collection (JSON-LD), in one page. */
        WebAnnotationCollection: {
            /** @enum {string} */
            "@context": "http://www.w3.org/ns/anno.jsonld";
            id: string;
            /** @enum {string} */
            type: "AnnotationCollection";
            label: string;
            total: number;
            first: {
                id: string;
                /** @enum {string} */
                type: "AnnotationPage";
                /** @enum {number} */
                startIndex: 0;
                items: components["schemas"]["WebAnnotation"][];
            };
        };
        /** @description One span of a source as a W3C Web Annotation: the words by quote and context and by code-point position, and the record they ground. */
        WebAnnotation: {
            id: string;
            /** @enum {string} */
            type: "Annotation";
            /** @enum {string} */
            motivation: "linking" | "assessing";
            /** @description The record the words ground, then a label for it. */
            body: ({
                /** @enum {string} */
                type: "SpecificResource";
                /** @description The record the words ground. */
                source: string;
                /** @enum {string} */
                purpose: "describing" | "identifying" | "tagging" | "assessing";
            } | {
                /** @enum {string} */
                type: "TextualBody";
                value: string;
                /** @enum {string} */
                format: "text/plain";
                /** @enum {string} */
                language: "en";
                /** @enum {string} */
                purpose: "describing";
            })[];
            target: {
                /** @description The source text. */
                source: string;
                /** @description A TextQuoteSelector, then a TextPositionSelector. */
                selector: ({
                    /** @enum {string} */
                    type: "TextQuoteSelector";
                    exact: string;
                    prefix: string;
                    suffix: string;
                } | {
                    /** @enum {string} */
                    type: "TextPositionSelector";
                    /** @description Offset in Unicode code points. */
                    start: number;
                    end: number;
                })[];
            };
        };
        /** @description A page of segments. */
        SegmentPage: {
            /** @description The segments on this page. */
            data: components["schemas"]["Segment"][];
            page: components["schemas"]["Page"];
        };
        /** @description A piece of a source's text between two annotation boundaries; the pieces in order give back the text exactly. */
        Segment: {
            start: number;
            end: number;
            /** @description The source's text from start to end, verbatim. */
            text: string;
            /** @description The spans covering this piece. */
            annotations: components["schemas"]["Annotation"][];
        };
        /** @description A page of search hits. */
        SearchHitPage: {
            /** @description The search hits on this page. */
            data: components["schemas"]["SearchHit"][];
            page: components["schemas"]["Page"];
        };
        /** @description A record matching a search, ranked. */
        SearchHit: {
            ref: components["schemas"]["RecordRef"];
            title: string;
            /** @description The best-matching words of the record, quotes first. */
            snippet: string;
            /** @description Relevance; higher is better. */
            score: number;
            story?: components["schemas"]["Id"];
        };
        /** @description A page of event types. */
        EventTypePage: {
            /** @description The event types on this page. */
            data: components["schemas"]["EventTypeDefinition"][];
            page: components["schemas"]["Page"];
        };
        /** @description One type of the event taxonomy, with its CAMEO and PLOVER mapping. */
        EventTypeDefinition: {
            id: components["schemas"]["EventType"];
            label: string;
            description: string;
            cameo: {
                code: string;
                label: string;
            };
            plover: components["schemas"]["PloverCategory"];
        };
        /**
         * @description A PLOVER event category (the ontology behind POLECAT).
         * @enum {string|null}
         */
        PloverCategory: "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | null;
        /** @description One kind of problem the API reports. */
        ProblemType: {
            /** @description The URI reference problems of this kind carry. */
            type: string;
            title: string;
            status: number;
            /** @description What it means and what to do about it. */
            description: string;
        };
        /** @description RFC 4180 CSV with a header row. */
        CsvExport: string;
        /** @description One JSON record per line. */
        NdjsonExport: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: start. */
                sort?: "start" | "-start";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of sources. */
                expand?: "sources"[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stories. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: {
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of sources. */
                expand?: "sources"[];
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The story. With `Accept: application/ld+json`, a schema.org CreativeWork in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryItem"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getStoryTimeline: {
        parameters: {
            query?: {
                /** @description Only these kinds of entry. Comma-separated for several: any of event, statement. */
                kinds?: ("event" | "statement")[];
                /** @description Only events of these types (and no statements). Comma-separated for several: any of public-statement, travel-advisory, consultation, legislative-resolution, demand-withdrawal, summon-diplomat, official-complaint, reduce-military-assistance, raise-alert, military-deployment, withdraw-forces, airstrike, armed-attack, assassination, protest, sanction, agreement. */
                type?: ("public-statement" | "travel-advisory" | "consultation" | "legislative-resolution" | "demand-withdrawal" | "summon-diplomat" | "official-complaint" | "reduce-military-assistance" | "raise-alert" | "military-deployment" | "withdraw-forces" | "airstrike" | "armed-attack" | "assassination" | "protest" | "sanction" | "agreement")[];
                /** @description Only statements doing these acts (and no events). Comma-separated for several: any of claim, assessment, announcement, disclosure, demand, call, advice, proposal, commitment, warning, threat, criticism, condemnation, accusation, denial, rejection, justification. */
                act?: ("claim" | "assessment" | "announcement" | "disclosure" | "demand" | "call" | "advice" | "proposal" | "commitment" | "warning" | "threat" | "criticism" | "condemnation" | "accusation" | "denial" | "rejection" | "justification")[];
                /** @description Only entries involving this actor. */
                actor?: string;
                /** @description Only entries this source carries. */
                source?: string;
                /** @description Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range. */
                from?: string;
                /** @description Only records whose date may fall on or before this day (ISO 8601 date). */
                to?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the timeline. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    compareStorySources: {
        parameters: {
            query?: {
                /** @description The source ids to compare, comma-separated (at most 20); all of the story's sources by default. */
                sources?: string[];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceComparison"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Only events of this story. */
                story?: string;
                /** @description Only events of these types. Comma-separated for several: any of public-statement, travel-advisory, consultation, legislative-resolution, demand-withdrawal, summon-diplomat, official-complaint, reduce-military-assistance, raise-alert, military-deployment, withdraw-forces, airstrike, armed-attack, assassination, protest, sanction, agreement. */
                type?: ("public-statement" | "travel-advisory" | "consultation" | "legislative-resolution" | "demand-withdrawal" | "summon-diplomat" | "official-complaint" | "reduce-military-assistance" | "raise-alert" | "military-deployment" | "withdraw-forces" | "airstrike" | "armed-attack" | "assassination" | "protest" | "sanction" | "agreement")[];
                /** @description Only events this actor took part in, in any role. */
                actor?: string;
                /** @description Only events this source reports. */
                source?: string;
                /** @description Only events some source reports this way (happened, claimed, planned, demanded, hypothetical, denied). Comma-separated for several: any of happened, claimed, planned, demanded, hypothetical, denied. */
                factuality?: ("happened" | "claimed" | "planned" | "demanded" | "hypothetical" | "denied")[];
                /** @description Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range. */
                from?: string;
                /** @description Only records whose date may fall on or before this day (ISO 8601 date). */
                to?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: date. */
                sort?: "date" | "-date" | "title" | "-title";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of place, participants, claims, statements, said. */
                expand?: ("place" | "participants" | "claims" | "statements" | "said")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsEventPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of place, participants, claims, statements, said. */
                expand?: ("place" | "participants" | "claims" | "statements" | "said")[];
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. With `Accept: application/ld+json`, a schema.org Event in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsEventItem"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Only statements of this story. */
                story?: string;
                /** @description Only statements doing these speech acts. Comma-separated for several: any of claim, assessment, announcement, disclosure, demand, call, advice, proposal, commitment, warning, threat, criticism, condemnation, accusation, denial, rejection, justification. */
                act?: ("claim" | "assessment" | "announcement" | "disclosure" | "demand" | "call" | "advice" | "proposal" | "commitment" | "warning" | "threat" | "criticism" | "condemnation" | "accusation" | "denial" | "rejection" | "justification")[];
                /** @description Only statements some source renders in one of these ways (direct, partial, indirect, paraphrase). Comma-separated for several: any of direct, partial, indirect, paraphrase. */
                quotation?: ("direct" | "partial" | "indirect" | "paraphrase")[];
                /** @description Only statements some source attributes this way: to a named speaker, an unnamed one, the outlet's own voice, or no one. Comma-separated for several: any of named, unnamed, outlet, none. */
                attribution?: ("named" | "unnamed" | "outlet" | "none")[];
                /** @description Only statements about this event. */
                about?: string;
                /** @description Only statements this source carries. */
                source?: string;
                /** @description Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range. */
                from?: string;
                /** @description Only records whose date may fall on or before this day (ISO 8601 date). */
                to?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: date. */
                sort?: "date" | "-date";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of speaker, addressees, targets, mentions, about, communication. */
                expand?: ("speaker" | "addressees" | "targets" | "mentions" | "about" | "communication")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
                /** @description Only statements by this speaker. */
                speaker?: string;
                /** @description Only statements by, to or aimed at this actor. */
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: {
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of speaker, addressees, targets, mentions, about, communication. */
                expand?: ("speaker" | "addressees" | "targets" | "mentions" | "about" | "communication")[];
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. With `Accept: application/ld+json`, a schema.org Quotation in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementItem"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Only actors of these kinds. Comma-separated for several: any of person, state, government, ministry, legislature, diplomatic-mission, armed-forces, armed-group, military-coalition, international-organisation, political-movement, political-party, media, population. */
                kind?: ("person" | "state" | "government" | "ministry" | "legislature" | "diplomatic-mission" | "armed-forces" | "armed-group" | "military-coalition" | "international-organisation" | "political-movement" | "political-party" | "media" | "population")[];
                /** @description Only actors that are part of this one. */
                memberOf?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: name. */
                sort?: "name" | "-name";
                /** @description Related actors to include in place, under `expanded`. Comma-separated for several: any of memberOf, members. */
                expand?: ("memberOf" | "members")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actors. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: {
                /** @description Related actors to include in place, under `expanded`. Comma-separated for several: any of memberOf, members. */
                expand?: ("memberOf" | "members")[];
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. With `Accept: application/ld+json`, a schema.org Person or Organization in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorItem"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listActorStatements: {
        parameters: {
            query?: {
                /** @description The actor's part in the statement; speaker by default. */
                role?: "speaker" | "mentioned" | "any";
                /** @description Only statements of this story. */
                story?: string;
                /** @description Only statements doing these speech acts. Comma-separated for several: any of claim, assessment, announcement, disclosure, demand, call, advice, proposal, commitment, warning, threat, criticism, condemnation, accusation, denial, rejection, justification. */
                act?: ("claim" | "assessment" | "announcement" | "disclosure" | "demand" | "call" | "advice" | "proposal" | "commitment" | "warning" | "threat" | "criticism" | "condemnation" | "accusation" | "denial" | "rejection" | "justification")[];
                /** @description Only statements some source renders in one of these ways (direct, partial, indirect, paraphrase). Comma-separated for several: any of direct, partial, indirect, paraphrase. */
                quotation?: ("direct" | "partial" | "indirect" | "paraphrase")[];
                /** @description Only statements some source attributes this way: to a named speaker, an unnamed one, the outlet's own voice, or no one. Comma-separated for several: any of named, unnamed, outlet, none. */
                attribution?: ("named" | "unnamed" | "outlet" | "none")[];
                /** @description Only statements about this event. */
                about?: string;
                /** @description Only statements this source carries. */
                source?: string;
                /** @description Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range. */
                from?: string;
                /** @description Only records whose date may fall on or before this day (ISO 8601 date). */
                to?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: date. */
                sort?: "date" | "-date";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of speaker, addressees, targets, mentions, about, communication. */
                expand?: ("speaker" | "addressees" | "targets" | "mentions" | "about" | "communication")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the actor's statements. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listActorEvents: {
        parameters: {
            query?: {
                /** @description Only events where the actor had one of these parts. Comma-separated for several: any of agent, target, victim, addressee, beneficiary, mediator, participant. */
                role?: ("agent" | "target" | "victim" | "addressee" | "beneficiary" | "mediator" | "participant")[];
                /** @description Only events of this story. */
                story?: string;
                /** @description Only events of these types. Comma-separated for several: any of public-statement, travel-advisory, consultation, legislative-resolution, demand-withdrawal, summon-diplomat, official-complaint, reduce-military-assistance, raise-alert, military-deployment, withdraw-forces, airstrike, armed-attack, assassination, protest, sanction, agreement. */
                type?: ("public-statement" | "travel-advisory" | "consultation" | "legislative-resolution" | "demand-withdrawal" | "summon-diplomat" | "official-complaint" | "reduce-military-assistance" | "raise-alert" | "military-deployment" | "withdraw-forces" | "airstrike" | "armed-attack" | "assassination" | "protest" | "sanction" | "agreement")[];
                /** @description Only events this source reports. */
                source?: string;
                /** @description Only events some source reports this way (happened, claimed, planned, demanded, hypothetical, denied). Comma-separated for several: any of happened, claimed, planned, demanded, hypothetical, denied. */
                factuality?: ("happened" | "claimed" | "planned" | "demanded" | "hypothetical" | "denied")[];
                /** @description Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range. */
                from?: string;
                /** @description Only records whose date may fall on or before this day (ISO 8601 date). */
                to?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: date. */
                sort?: "date" | "-date" | "title" | "-title";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of place, participants, claims, statements, said. */
                expand?: ("place" | "participants" | "claims" | "statements" | "said")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the actor's events. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsEventPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description Only places of these kinds. Comma-separated for several: any of country, region, province, city, town, district, site, facility, airport. */
                kind?: ("country" | "region" | "province" | "city" | "town" | "district" | "site" | "facility" | "airport")[];
                /** @description Only places lying directly in this one. */
                within?: string;
                /** @description Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored. */
                q?: string;
                /** @description The order of the records; a leading '-' reverses it. Default: name. */
                sort?: "name" | "-name";
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of within. */
                expand?: "within"[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of places. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacePage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query?: {
                /** @description Related records to include in place, under each record's `expanded` member, to spare further calls. Comma-separated for several: any of within. */
                expand?: "within"[];
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The place. With `Accept: application/ld+json`, a schema.org Place in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Only the sources of this story. */
                story?: string;
                /** @description Only texts in this language (BCP 47 primary tag). */
                language?: string;
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD). */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. With `Accept: application/ld+json`, a schema.org NewsArticle in JSON-LD. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listSourceAnnotations: {
        parameters: {
            query?: {
                /** @description Only spans grounding records of these kinds. Comma-separated for several: any of source, actor, place, event, statement, framing, discrepancy, story, context. */
                kind?: ("source" | "actor" | "place" | "event" | "statement" | "framing" | "discrepancy" | "story" | "context")[];
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of annotations. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getSourceWebAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source's annotations. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["WebAnnotationCollection"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listSourceSegments: {
        parameters: {
            query?: {
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description The words to look for. */
                q: string;
                /** @description Only records of these kinds. Comma-separated for several: any of source, actor, place, event, statement, framing, discrepancy, story, context. */
                kind?: ("source" | "actor" | "place" | "event" | "statement" | "framing" | "discrepancy" | "story" | "context")[];
                /** @description Only records of this story. */
                story?: string;
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, best first. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchHitPage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    listEventTypes: {
        parameters: {
            query?: {
                /** @description How many records per page: 1 to 100, 20 by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given. */
                limit?: number;
                /** @description Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort. */
                cursor?: string;
                /** @description The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line). */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of event types. In CSV and NDJSON, every matching record is streamed (or one page, with limit or cursor); the `Link` header gives the next page and `X-Total-Count` the total. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypePage"];
                    "text/csv": components["schemas"]["CsvExport"];
                    "application/x-ndjson": components["schemas"]["NdjsonExport"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    /** @description The next page, as `<…>; rel="next"`, when there is one. */
                    Link?: string;
                    /** @description How many records match, on all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getEventType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type. */
                id: "public-statement" | "travel-advisory" | "consultation" | "legislative-resolution" | "demand-withdrawal" | "summon-diplomat" | "official-complaint" | "reduce-military-assistance" | "raise-alert" | "military-deployment" | "withdraw-forces" | "airstrike" | "armed-attack" | "assassination" | "protest" | "sanction" | "agreement";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event type. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeDefinition"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The last part of the problem's `type`. */
                type: "invalid-parameter" | "not-found" | "route-not-found" | "method-not-allowed" | "not-acceptable" | "rate-limited" | "internal-error";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type. */
            200: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long to keep the representation: the data only changes with a new build. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description Not modified: the representation still matches If-None-Match. */
            304: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description A strong entity tag of this representation, naming its content coding; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description As on the 200 this revalidates. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is malformed or out of range; `errors` names each and says why. */
            400: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestProblem"];
                };
            };
            /** @description No record has this id, or no route this path. */
            404: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description None of the representations the Accept header allows is available here. */
            406: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotAcceptableProblem"];
                };
            };
            /** @description Too many requests from this client; wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
                };
            };
            /** @description A fault of the service; the request id helps find it in the logs. */
            500: {
                headers: {
                    /** @description The request's id: the one the client sent, if well formed (letters, digits, `_`, `-`, `=`; 255 at most), or a new one. Quote it when reporting a problem. */
                    "X-Request-Id"?: string;
                    /** @description Any origin may read the API; sent on every response, so caches hold one variant. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description The headers a browser script may read. */
                    "Access-Control-Expose-Headers"?: "ETag, Link, X-Total-Count, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After";
                    /** @description What the representation depends on besides the URL: the content coding, and for negotiated resources the Accept header. */
                    Vary?: "Accept-Encoding" | "Accept-Encoding, Accept";
                    /** @description Requests allowed in a burst, when the rate limit is on. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current burst. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the allowance is full again. */
                    "RateLimit-Reset"?: number;
                    /** @description The policy: burst size and refill window in seconds, e.g. `300;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Always `no-store`: errors are never cached. */
                    "Cache-Control"?: string;
                    /** @description gzip or deflate when Accept-Encoding allows one (and Cache-Control has no no-transform). */
                    "Content-Encoding"?: "gzip" | "deflate";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
}
