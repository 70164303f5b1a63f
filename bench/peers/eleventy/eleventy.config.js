// The benchmark corpus as an Eleventy 3 site, with the same pages as SiteGen's default theme builds:
// a page per write-up or post, home, section indexes, tag pages, a feed and a sitemap per language.
const languages = [
  { code: "en", name: "English", prefix: "/" },
  { code: "cy", name: "Cymraeg", prefix: "/cy/" },
];

// Items a listing page shows, as SiteGen's site.yml paginate (default 20).
const pageSize = 20;

// A listing as its pages: page 1 at the listing's path, page N at path + "page/N/", as SiteGen and Hugo publish them.
const paged = (listing, path) => {
  const count = Math.max(1, Math.ceil(listing.items.length / pageSize));
  const pathOf = (n) => (n === 1 ? path : `${path}page/${n}/`);
  return Array.from({ length: count }, (_, i) => ({
    ...listing, items: listing.items.slice(i * pageSize, (i + 1) * pageSize),
    number: i + 1, count, path: pathOf(i + 1),
    pages: Array.from({ length: count }, (_, j) => ({ number: j + 1, path: pathOf(j + 1) }))
      .filter((p) => p.number === 1 || p.number === count || Math.abs(p.number - (i + 1)) <= 2),
    previous: i > 0 ? pathOf(i) : null, next: i + 1 < count ? pathOf(i + 2) : null,
  }));
};

const newestFirst = (a, b) => b.date - a.date || a.inputPath.localeCompare(b.inputPath);
const slug = (text) => text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ "src/images": "images", "src/css": "css" });
  eleventyConfig.addGlobalData("languages", languages);

  for (const { code } of languages) {
    eleventyConfig.addCollection(`articles_${code}`, (api) =>
      api.getFilteredByGlob(`src/${code}/**/*.md`).sort(newestFirst));
  }
  eleventyConfig.addCollection("sectionPages", (api) =>
    languages.flatMap((language) => ["events", "blog"].flatMap((section) => paged({
      language, section,
      items: api.getFilteredByGlob(`src/${language.code}/${section}/*.md`).sort(newestFirst),
    }, `${language.prefix}${section}/`))));
  eleventyConfig.addCollection("tagPages", (api) =>
    languages.flatMap((language) => {
      const byTag = new Map();
      for (const item of api.getFilteredByGlob(`src/${language.code}/**/*.md`).sort(newestFirst))
        for (const tag of item.data.tags ?? []) {
          if (!byTag.has(tag)) byTag.set(tag, []);
          byTag.get(tag).push(item);
        }
      return [...byTag].sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([tag, items]) => paged({ language, tag, slug: slug(tag), items, all: [...byTag.keys()].sort() },
          `${language.prefix}tags/${slug(tag)}/`));
    }));

  // Every language version of a page, found through its translationKey.
  let versions = null;
  eleventyConfig.addFilter("translations", (key, all) => {
    if (!versions) {
      versions = new Map();
      for (const item of all) {
        const k = item.data.translationKey;
        if (!k) continue;
        if (!versions.has(k)) versions.set(k, []);
        versions.get(k).push({ lang: item.data.lang, url: item.url });
      }
    }
    return versions.get(key) ?? [];
  });
  eleventyConfig.addFilter("slug", slug);
  const formats = new Map();
  eleventyConfig.addFilter("longDate", (date, lang) => {
    if (!formats.has(lang)) formats.set(lang, new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }));
    return formats.get(lang).format(new Date(date));
  });
  eleventyConfig.addFilter("time", (date) => new Date(date).toISOString().slice(11, 16));
  eleventyConfig.addFilter("isoDateTime", (date) => new Date(date).toISOString());
  eleventyConfig.addFilter("isoDate", (date) => new Date(date).toISOString().slice(0, 10));
  eleventyConfig.addFilter("take", (items, n) => items.slice(0, n));
  eleventyConfig.addGlobalData("layout", "post.njk");

  return {
    dir: { input: "src", includes: "_includes", output: "_site" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
