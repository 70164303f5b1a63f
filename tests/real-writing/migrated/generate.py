#!/usr/bin/env python3
"""Writes a site shaped like a US government comms team's Hugo blog after migration to SiteGen.

Usage: generate.py OUTPUT [--pages N] [--seed S] [--lang en|en-US]

Front matter keeps the Hugo keys a converter carries over (lastmod, categories, author,
description, images, weight, aliases); bodies mix markdown with HTML pasted from web pages.
The same seed and page count always give the same site.
"""
import argparse
import os
import random
import shutil

AGENCIES = ["Office of Emergency Management", "Department of Parks and Recreation",
            "Public Health Department", "Department of Transportation", "Office of the County Executive",
            "Water Resources Division", "Office of Economic Development", "Department of Social Services"]
TOPICS = [("road resurfacing", "Route 9"), ("flu vaccine clinics", "the Eastside Health Center"),
          ("summer meals for kids", "Lincoln Park"), ("storm debris pickup", "the north district"),
          ("small business grants", "the Main Street corridor"), ("water main replacement", "Elm Avenue"),
          ("library renovation", "the Central Library"), ("hurricane preparedness", "coastal neighborhoods"),
          ("snow emergency routes", "downtown"), ("senior fraud prevention", "the Riverside Senior Center"),
          ("voter registration", "the county administration building"), ("park cleanup day", "Miller Woods")]
PEOPLE = ["Dana Whitfield", "Marcus Ortega", "Lisa Chen", "Robert Haskins", "Angela Brooks", "Tom Nguyen"]
TITLES = ["County Executive", "Director", "Public Information Officer", "Deputy Director", "Health Officer"]
CATEGORIES = ["News Releases", "Public Safety", "Health", "Parks", "Transportation", "Community"]
TAGS = ["covid-19", "emergency", "roads", "health", "parks", "budget", "seniors", "youth", "water", "weather"]
VENUES = ["Council Chambers, 100 Main Street", "Eastside Community Center", "Lincoln Park Pavilion",
          "Central Library, Room B", "Riverside Senior Center"]

SENTENCES = [
    "The {agency} announced today that {topic} will begin at {place} next month.",
    "Residents can expect some delays while crews complete the work, weather permitting.",
    "\"We know how much our residents rely on these services,\" said {person}, {title}. \"This investment will make a real difference for families across the county.\"",
    "The project is funded through a combination of state and federal grants, with no increase to local property taxes.",
    "Work is scheduled Monday through Friday from 7 a.m. to 4 p.m.",
    "Anyone with questions may call the information line at (555) 010-4477 or email info@example.gov.",
    "The county has partnered with local nonprofits to reach residents who may not have internet access.",
    "Last year, more than 3,200 residents took part, up 18 percent from the year before.",
    "Staff will be on hand to answer questions and help with applications.",
    "Spanish and ASL interpreters will be available on request.",
    "The FEMA disaster recovery center remains open for walk-in visitors.",
    "Please allow extra travel time and follow posted detour signs.",
    "Officials urge residents to sign up for emergency alerts by texting READY to 555-888.",
    "The program is FREE and open to all county residents, regardless of income.",
    "Applications must be submitted by 5 p.m. on the deadline date; late applications will NOT be accepted.",
    "The CDC recommends that everyone six months and older get a flu vaccine every season.",
    "Questions about eligibility can be directed to the Department of Social Services (DSS).",
    "The county's 311 call center is open 24 hours a day.",
]
BULLETS = ["Bring a photo ID and proof of address", "Wear comfortable shoes", "Parking is free in Lot C",
           "Masks are optional", "Children must be accompanied by an adult", "Light refreshments will be served",
           "The building is wheelchair accessible", "Pets are not permitted, except service animals"]
LEAD_ALTS = ["Crew members repave a two-lane road on a sunny morning",
             "A nurse gives a flu shot to an older man at a folding table",
             "Volunteers in orange vests pick up litter along a wooded trail",
             "County Executive speaks at a podium in front of a row of flags"]


def date_text(r, year, month, day):
    hour = r.choice([8, 9, 10, 11, 13, 14, 15, 16])
    styles = [f"{year}-{month:02d}-{day:02d} {hour}:00:00 -0400",
              f"{year}-{month:02d}-{day:02d}T{hour:02d}:{r.choice(['00', '30'])}:00-04:00",
              f"{year}-{month:02d}-{day:02d}",
              f"{year}-{month:02d}-{day:02d} {hour}:{r.choice(['00', '15', '30'])}:00 -0500",
              f"{year}-{month:02d}-{day:02d}T{hour:02d}:00:00Z",
              # Other forms YAML 1.1 reads as timestamps: one-digit month and day, fractions, a lower-case t,
              # an hour-only offset.
              f"{year}-{month}-{day} {hour}:00:00",
              f"{year}-{month:02d}-{day:02d}t{hour:02d}:00:00.10-05:00",
              f"{year}-{month:02d}-{day:02d} {hour:02d}:00:00.5 -5"]
    return r.choice(styles), hour


class Corpus:
    def __init__(self, out, pages, seed, lang):
        self.out, self.pages, self.r, self.lang = out, pages, random.Random(seed), lang
        self.posts = []

    def plan(self):
        for i in range(self.pages):
            r = self.r
            topic, place = r.choice(TOPICS)
            year, month, day = r.choice(range(2016, 2025)), r.randint(1, 12), r.randint(1, 28)
            is_event = i % 4 == 3
            kind = "event" if is_event else r.choice(["release", "release", "blog", "html", "notice"])
            slug = f"{topic.replace(' ', '-')}-{year}-{i}"
            title = self.title(kind, topic, place, i)
            self.posts.append(dict(i=i, topic=topic, place=place, year=year, month=month, day=day,
                                   kind=kind, slug=slug, title=title,
                                   section="events" if is_event else "blog"))

    def title(self, kind, topic, place, i):
        r = self.r
        options = {
            "release": [f"County Announces {topic.title()} at {place[0].upper() + place[1:]}",
                        f"{topic.capitalize()} Set to Begin in {place[0].upper() + place[1:]}"],
            "blog": [f"What You Need to Know About {topic.title()}", f"5 Things to Know: {topic.capitalize()}"],
            "html": [f"UPDATE: {topic.capitalize()}", f"{topic.capitalize()} – Frequently Asked Questions"],
            "notice": [f"Public Notice: {topic.capitalize()}", f"Reminder: {topic.capitalize()} This Week"],
            "event": [f"Community Meeting on {topic.title()}", f"Open House: {topic.capitalize()}"],
        }[kind]
        return r.choice(options) + f" ({i})"

    def write(self):
        content = os.path.join(self.out, "content")
        if os.path.exists(self.out):
            shutil.rmtree(self.out)
        for section in ("blog", "events"):
            os.makedirs(os.path.join(content, self.lang, section))
        os.makedirs(os.path.join(content, "images"))
        for n in range(1, 5):
            with open(os.path.join(content, "images", f"photo-{n}.svg"), "w") as f:
                f.write('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>\n')
        with open(os.path.join(content, "site.yml"), "w") as f:
            f.write("title: Harbor County News\ndescription: News releases and events from Harbor County.\n"
                    f"baseUrl: https://example.gov/\ndefaultLanguage: {self.lang}\n"
                    f"languages:\n  - {{ code: {self.lang}, name: English }}\ntheme: default\n"
                    "timeZone: America/New_York\n")
        for p in self.posts:
            path = os.path.join(content, self.lang, p["section"], p["slug"] + ".md")
            with open(path, "w") as f:
                f.write(self.front_matter(p) + "\n" + self.body(p))

    def front_matter(self, p):
        r = self.r
        date, hour = date_text(r, p["year"], p["month"], p["day"])
        lines = ["---", f"title: \"{p['title']}\"", f"date: {date}"]
        if r.random() < 0.5:
            lines.append(f"lastmod: {p['year']}-{p['month']:02d}-{p['day']:02d}T{hour:02d}:30:00-04:00")
        if r.random() < 0.7:
            lines.append(f"description: \"Details on {p['topic']} at {p['place']}.\"")
        if r.random() < 0.6:
            lines.append(f"author: {r.choice(PEOPLE)}")
        if r.random() < 0.8:
            lines.append("categories:")
            lines.append(f"  - {r.choice(CATEGORIES)}")
        if r.random() < 0.8:
            lines.append("tags: [" + ", ".join(r.sample(TAGS, r.randint(1, 3))) + "]")
        if r.random() < 0.3:
            lines.append(f"weight: {r.randint(1, 20)}")
        if r.random() < 0.3:
            lines.append(f"images:\n  - /images/photo-{r.randint(1, 4)}.svg")
        if r.random() < 0.4:
            alias = f"/news/{p['year']}/{p['topic'].replace(' ', '%20')}-{p['i']}"
            lines.append(f"aliases:\n  - \"{alias}\"")
        if r.random() < 0.25:
            lines.append(f"image:\n  src: /images/photo-{r.randint(1, 4)}.svg\n  alt: \"{r.choice(LEAD_ALTS)}\"")
        if p["kind"] == "event":
            lines.append("event:")
            lines.append(f"  start: {p['year']}-{p['month']:02d}-{p['day']:02d} {hour}:00:00 -0400")
            lines.append(f"  end: {p['year']}-{p['month']:02d}-{p['day']:02d} {hour + 2}:00")
            lines.append(f"  location: \"{r.choice(VENUES)}\"")
        lines.append(f"draft: {'true' if p['i'] % 50 == 49 else 'false'}")
        lines.append("---")
        return "\n".join(lines) + "\n"

    def para(self, p, n):
        r = self.r
        return " ".join(r.choice(SENTENCES).format(
            agency=r.choice(AGENCIES), topic=p["topic"], place=p["place"], person=r.choice(PEOPLE),
            title=r.choice(TITLES)) for _ in range(n))

    def other(self, p):
        candidates = [q for q in self.posts if q is not p and q["i"] % 50 != 49]
        return self.r.choice(candidates)

    def link(self, p):
        q, r = self.other(p), self.r
        style = r.choice(["md", "url", "ref", "html"])
        if style == "md":
            rel = q["slug"] + ".md" if q["section"] == p["section"] else f"../{q['section']}/{q['slug']}.md"
            return f"Read more in our earlier release, [{q['title']}]({rel})."
        if style == "url":
            return f"See [{q['title']}](/{q['section']}/{q['slug']}/) for background."
        if style == "ref":
            return f"Earlier this year we shared [{q['title']}]({{{{< ref \"{q['section']}/{q['slug']}.md\" >}}}})."
        return f'<p>Related: <a href="{q["slug"]}.md">{q["title"]}</a></p>' if q["section"] == p["section"] \
            else f'<p>Related: <a href="/{q["section"]}/{q["slug"]}/">{q["title"]}</a></p>'

    def body(self, p):
        r = self.r
        parts = []
        kind = p["kind"]
        if kind == "release":
            parts.append(f"**FOR IMMEDIATE RELEASE**  \n{r.choice(['May', 'June', 'October'])} {p['day']}, {p['year']}")
            parts.append(f"HARBOR COUNTY, Md. – {self.para(p, 3)}")
            parts.append(self.para(p, 2))
            if r.random() < 0.5:
                parts.append("\n".join("- " + b for b in r.sample(BULLETS, 3)))
            parts.append(self.link(p))
            parts.append(self.para(p, 2))
            parts.append("###")
            parts.append(f"**Media contact:**  \n{r.choice(PEOPLE)}, {r.choice(TITLES)}  \n(555) 010-{r.randint(1000, 9999)}  \n"
                         "[press@example.gov](mailto:press@example.gov)")
        elif kind == "blog":
            parts.append(self.para(p, 3))
            parts.append("## What to know")
            parts.append("\n".join(f"{n}. {b}" for n, b in enumerate(r.sample(BULLETS, 4), 1)))
            parts.append(self.para(p, 2))
            if r.random() < 0.4:
                parts.append("| Date | Location | Time |\n|---|---|---|\n" + "\n".join(
                    f"| {m} {d} | {v} | {t} |" for m, d, v, t in
                    [("June", 3, VENUES[1], "9 a.m. – noon"), ("June", 10, VENUES[2], "1 – 4 p.m.")]))
            parts.append(self.link(p))
            parts.append(f"Download the [full schedule (PDF, 240 KB)](https://example.gov/files/schedule-{p['i']}.pdf).")
        elif kind == "html":
            parts.append(f'<div class="alert alert-info">{self.para(p, 1)}</div>')
            parts.append(self.para(p, 2) + "<br>" + self.para(p, 1))
            parts.append(f'<p>For updates, visit <a href="https://www.example.gov/updates" target="_blank">the county updates page</a>.&nbsp;</p>')
            if r.random() < 0.5:
                parts.append('<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" '
                             'frameborder="0" allowfullscreen></iframe>')
            if r.random() < 0.5:
                parts.append(f'<img src="/images/photo-{r.randint(1, 4)}.svg" width="600">')
            else:
                parts.append(f'<figure><img src="/images/photo-{r.randint(1, 4)}.svg" alt="{r.choice(LEAD_ALTS)}">'
                             '<figcaption>Photo courtesy of the county.</figcaption></figure>')
            parts.append(self.link(p))
        elif kind == "notice":
            parts.append(f"**NOTICE:** {self.para(p, 2)}")
            parts.append(self.para(p, 2))
            parts.append(f'Click <a href="https://example.gov/notice-{p["i"]}.pdf" target="_blank">here</a> for the full notice.')
        else:
            parts.append(self.para(p, 2))
            parts.append("## Agenda")
            parts.append("\n".join("- " + b for b in ["Welcome and introductions", f"Update on {p['topic']}",
                                                     "Questions from residents", "Next steps"]))
            parts.append(f"Can't make it? Watch live on our [YouTube channel](https://www.youtube.com/@harborcounty) "
                         f"or add it to your calendar.")
            parts.append(self.link(p))
        return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20190514)
    ap.add_argument("--lang", default="en-US")
    a = ap.parse_args()
    c = Corpus(a.output, a.pages, a.seed, a.lang)
    c.plan()
    c.write()
    print(f"{a.pages} pages in {a.output}")


if __name__ == "__main__":
    main()
