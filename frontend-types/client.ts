/**
 * A small typed client for the delivery API, written against the types that openapi-typescript
 * generates from the OpenAPI document (`schema.d.ts`, made by `.ci/typescript.sh`). CI type-checks it:
 * if the API's answers change shape, this file stops compiling.
 */
import type { components, paths } from "./schema";

type Schemas = components["schemas"];
type PageByPath = paths["/api/v1/pages/by-path/"]["get"];

/** What `GET /api/v1/pages/by-path/` answers with a 200: a page of one of the page types, or a redirect. */
export type PageAnswer = PageByPath["responses"][200]["content"]["application/json"];
export type Page = Exclude<PageAnswer, Schemas["PageRedirect"]>;
export type TreatmentPage = Extract<Page, { type: "treatments.TreatmentPage" }>;
export type BodyItem = TreatmentPage["body"][number];
type NotFound = PageByPath["responses"][404]["content"]["application/json"];
type BadRequest = PageByPath["responses"][400]["content"]["application/json"];

export type Lookup =
  | { kind: "page"; page: Page }
  | { kind: "redirect"; to: string; permanent: boolean }
  | { kind: "not-found"; alternates: Schemas["Alternate"][] };

/** The page at the path a visitor asked for (`/es/tratamientos/microagujas/`), in one call. */
export async function fetchPage(apiBase: string, path: string, fallback?: string): Promise<Lookup> {
  const query = new URLSearchParams({ path });
  if (fallback) {
    query.set("fallback", fallback);
  }
  const response = await fetch(`${apiBase}/api/v1/pages/by-path/?${query.toString()}`);
  if (response.status === 404) {
    const body = (await response.json()) as NotFound;
    return { kind: "not-found", alternates: body.error.alternates };
  }
  if (!response.ok) {
    const body = (await response.json()) as BadRequest;
    throw new Error(`${response.status} ${body.error.code} (${body.error.field ?? "-"}): ${body.error.message}`);
  }
  const answer = (await response.json()) as PageAnswer;
  if ("redirect" in answer) {
    return { kind: "redirect", to: answer.redirect.to, permanent: answer.redirect.permanent };
  }
  return { kind: "page", page: answer };
}

/** One line per block: each `case` sees the value type of its block, and a new block type breaks the build. */
export function describeBlock(item: BodyItem): string {
  switch (item.type) {
    case "section":
      return `${item.value.heading} (${item.value.body.length} characters of HTML)`;
    case "benefits":
      return item.value.items.map((benefit) => benefit.title).join(", ");
    case "target_areas":
      return item.value.areas.map((entry) => `${entry.area.label} [${entry.area.code}]`).join(", ");
    case "preparation":
      return item.value.items
        .map((entry) => `${entry.subject}: ${entry.lead_time} ${entry.lead_time_unit} before`)
        .join("; ");
    case "procedure_steps": {
      const minutes = item.value.steps.reduce((total, step) => total + (step.duration_minutes ?? 0), 0);
      return `${item.value.steps.length} steps, about ${minutes} minutes`;
    }
    case "aftercare":
      return item.value.entries.map((entry) => `${entry.kind} from ${entry.starts_after} ${entry.unit}`).join("; ");
    case "risks": {
      const risks = item.value.risks.map((risk) => `${risk.effect} (${risk.frequency})`).join(", ");
      const pauses = item.value.pauses.map((pause) => `stop ${pause.subject} ${pause.stop_before} ${pause.unit} before`);
      return [risks, `not for: ${item.value.contraindications.map((entry) => entry.condition).join(", ")}`, ...pauses].join("; ");
    }
    case "comparison":
      return `Compared with ${item.value.alternative_name}: ${item.value.rows.length} aspects`;
    case "faq":
      return item.value.items.map((entry) => entry.question).join(" / ");
    case "callout":
      return `${item.value.kind === "warning" ? "Warning" : "Note"}: ${item.value.title}`;
    case "references":
      return item.value.items.map((reference) => `${reference.title} (${reference.year})`).join("; ");
    case "booking_cta":
      return `${item.value.label} → ${item.value.booking?.url ?? item.value.booking?.whatsapp_url ?? "no booking channel"}`;
    case "image":
      return item.value.image?.renditions.map((rendition) => `${rendition.url} ${rendition.width}w`).join(", ") ?? "";
    default: {
      const unknownBlock: never = item;
      return unknownBlock;
    }
  }
}

/** A page as text, narrowed by its `type`. */
export function describePage(page: Page): string {
  switch (page.type) {
    case "treatments.TreatmentPage": {
      // null only in the preview of a draft no reviewer has approved yet
      const reviewer = page.review?.reviewer;
      const signature = reviewer
        ? `Reviewed by ${reviewer.name}, ${reviewer.credentials}, cédula ${reviewer.licence_number} (${reviewer.institution})`
        : "Not yet medically reviewed";
      const lines = [page.title, signature];
      return [...lines, ...page.body.map(describeBlock)].join("\n");
    }
    case "treatments.TreatmentIndexPage":
      return `${page.title}: ${page.intro}`;
    case "home.HomePage":
      return page.heading;
    case "home.StandardPage":
      return page.body;
    default: {
      const unknownPage: never = page;
      return unknownPage;
    }
  }
}

/** `<link rel="alternate">` tags for the page's other languages, and the fallback notice if one was served. */
export function headTags(page: Page): string[] {
  const tags = page.alternates.map((alternate) => `<link rel="alternate" hreflang="${alternate.locale}" href="${alternate.url}">`);
  const fallback = page.translation.fallback;
  if (fallback) {
    tags.push(`<meta name="x-served-language" content="${fallback.served} instead of ${fallback.requested}">`);
  }
  tags.push(`<script type="application/ld+json">${JSON.stringify(page.structured_data)}</script>`);
  return tags;
}
