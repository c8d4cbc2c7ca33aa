#!/usr/bin/env python3
"""Generates a benchmark corpus of N stories in Turkish and Kazakh as PostgreSQL COPY files.

Sentences, titles and summaries come from a sentence bank cut from the content folder, recombined at
random (fixed seed) so that lengths are realistic (8-30 body sentences, 1-2 summary sentences).
70 % of stories have both languages, 15 % only Turkish, 15 % only Kazakh. Every article is published
(in the past) and has a change-log row, as if it had been published through the server.

usage: generate_corpus.py <content-folder> <out-folder> [stories=100000] [first-id=1000000]
"""
import os
import random
import re
import sys

KINDS = ["news", "press-release", "statement"]


def bank(content):
    sentences = {"tr": [], "kk": []}
    titles = {"tr": [], "kk": []}
    tags = []
    for line in open(os.path.join(content, "tags.yaml"), encoding="utf-8"):
        m = re.match(r"^([a-z0-9-]+):\s*$", line)
        if m:
            tags.append(m.group(1))
    stories = os.path.join(content, "stories")
    for key in sorted(os.listdir(stories)):
        for lang in ("tr", "kk"):
            path = os.path.join(stories, key, lang + ".md")
            if not os.path.exists(path):
                continue
            text = open(path, encoding="utf-8").read()
            parts = text.split("---")
            front, body = parts[1], "---".join(parts[2:])
            m = re.search(r'^title:\s*"?(.*?)"?\s*$', front, re.M)
            if m:
                titles[lang].append(m.group(1))
            body = re.sub(r"[*#>\[\]()]", " ", body)
            for sentence in re.split(r"(?<=[.!?])\s+", body):
                sentence = " ".join(sentence.split())
                if 30 <= len(sentence) <= 400 and "http" not in sentence:
                    sentences[lang].append(sentence)
    return sentences, titles, tags


def esc(value):
    return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n").replace("\r", " ")


def main():
    content, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    first = int(sys.argv[4]) if len(sys.argv) > 4 else 1000000
    rnd = random.Random(20261125)
    sentences, titles, tags = bank(content)
    os.makedirs(out, exist_ok=True)
    files = {name: open(os.path.join(out, name + ".tsv"), "w", encoding="utf-8")
             for name in ("story", "story_tag", "article", "change_log")}
    article_id = first
    change_id = first
    for i in range(count):
        story_id = first + i
        key = "bench-%06d" % i
        year = rnd.choice([2021, 2022, 2023, 2024, 2025])
        published = "%04d-%02d-%02dT%02d:%02d:00+00:00" % (year, rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59))
        r = rnd.random()
        langs = ["tr", "kk"] if r < 0.7 else (["tr"] if r < 0.85 else ["kk"])
        files["story"].write("\t".join([str(story_id), key, rnd.choice(KINDS), langs[0], "\\N", published, published]) + "\n")
        for tag_id in rnd.sample(range(1, len(tags) + 1), rnd.randint(1, 3)):
            files["story_tag"].write("%d\t%d\n" % (story_id, tag_id))
        for lang in langs:
            words = rnd.choice(sentences[lang]).split()
            title = " ".join(words[: rnd.randint(6, 12)]).rstrip(",.;:") + " " + rnd.choice(titles[lang]).split()[0]
            summary = " ".join(rnd.sample(sentences[lang], rnd.randint(1, 2)))
            body = "\n\n".join(" ".join(rnd.sample(sentences[lang], rnd.randint(2, 5))) for _ in range(rnd.randint(3, 7)))
            html = "".join("<p>" + p + "</p>" for p in body.split("\n\n"))
            slug = "%s-%s" % (key, lang)
            files["article"].write("\t".join([str(article_id), str(story_id), lang, slug, esc(title[:300]), esc(summary), esc(body),
                                              esc(html), "\\N", "\\N", "published", published, published, "1", "\\N"]) + "\n")
            files["change_log"].write("\t".join([str(change_id), key, lang, "publish", published]) + "\n")
            article_id += 1
            change_id += 1
    for f in files.values():
        f.close()
    print("generated %d stories, %d articles in %s" % (count, article_id - first, out))


if __name__ == "__main__":
    main()
