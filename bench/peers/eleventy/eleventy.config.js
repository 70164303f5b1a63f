// The benchmark corpus as an Eleventy 3 site, with the same pages as SiteGen's default theme builds:
// a page per write-up or post, home, section indexes, tag pages, a feed and a sitemap per language.
const languages = [
  { code: "en", name: "English", prefix: "/" },
  { code: "cy", name: "Cymraeg", prefix: "/cy/" },
];

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
    languages.flatMap((language) => ["events", "blog"].map((section) => ({
      language, section,
      items: api.getFilteredByGlob(`src/${language.code}/${section}/*.md`).sort(newestFirst),
    }))));
  eleventyConfig.addCollection("tagPages", (api) =>
    languages.flatMap((language) => {
      const byTag = new Map();
      for (const item of api.getFilteredByGlob(`src/${language.code}/**/*.md`).sort(newestFirst))
        for (const tag of item.data.tags ?? []) {
          if (!byTag.has(tag)) byTag.set(tag, []);
          byTag.get(tag).push(item);
        }
      return [...byTag].sort(([a], [b]) => a.localeCompare(b))
        .map(([tag, items]) => ({ language, tag, slug: slug(tag), items, all: [...byTag.keys()].sort() }));
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
