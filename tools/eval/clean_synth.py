#!/usr/bin/env python3
"""Builds a test set of debris kinds that the dev set does not have, to check that the clean
stage generalises: real article bodies (taken from a JSONL file given on the command line, e.g.
the summarisation eval set) with debris lines written here inserted between paragraphs, in the
format of the clean eval set (dirty.jsonl + gold.jsonl with a label per dirty line), so that the
same scorer applies.

    python3 tools/eval/clean_synth.py ARTICLES.jsonl OUTDIR [--n 200] [--seed 1]
    tools/eval/clean_eval.sh OUTDIR/dirty.jsonl OUTDIR/gold.jsonl SCORER.py --per-kind
"""
import argparse
import json
import os
import random

# kind -> generators of one debris block (a list of lines)
NAMES = ["Maria Lopez", "Tom Becker", "Aisha Khan", "Pete Olsen", "Jun Watanabe", "Clara Voss"]
OUTLETS = ["The Daily Ledger", "Metro Wire", "Coastline News", "The Evening Post"]
HEAD = ["Council approves new cycle lanes", "Rail fares to rise in January",
        "Police appeal after village break-in", "Storm damage bill tops estimates",
        "School meals scheme extended", "Airport expansion plan delayed again",
        "Local hero honoured at palace", "Hospital waiting times fall slightly"]


def r(xs):
    return random.choice(xs)


KINDS = {
    "author_bio": lambda: [r(NAMES) + " is a senior reporter at " + r(OUTLETS) + ". Follow her on X @" +
                           r(NAMES).split()[0].lower() + "news"],
    "comment_counter": lambda: [r(["%d comments", "Comments (%d)", "View %d comments", "%d Comments"]) %
                                random.randint(2, 400)],
    "paywall": lambda: [r(["Subscribe to continue reading", "This article is for subscribers only",
                           "You have reached your limit of free articles",
                           "Already have an account? Log in",
                           "Create a free account to keep reading"])],
    "video_duration": lambda: [r(["Video", "Watch", "Duration"]) + " " + "%d:%02d" %
                               (random.randint(0, 9), random.randint(0, 59))],
    "footer_menu": lambda: random.sample(["About us", "Contact", "Careers", "Advertise", "Privacy",
                                          "Terms", "Help", "Accessibility", "Corrections"], 4),
    "social_counts": lambda: ["%d shares" % random.randint(3, 999), r(["Tweet", "Pin", "Share"])],
    "posted_by": lambda: ["Posted by " + r(NAMES) + " on " + r(["March", "June", "October"]) +
                          " %d, 20%02d" % (random.randint(1, 28), random.randint(10, 23))],
    "originally_published": lambda: [r(["This article was originally published on The Conversation.",
                                        "A version of this story first appeared in print.",
                                        "Originally published at " + r(OUTLETS) + "."])],
    "helpful_poll": lambda: ["Was this article helpful?", "Yes", "No"],
    "signup_thanks": lambda: [r(["Thanks for signing up!", "Thank you for subscribing.",
                                 "By signing up you agree to our Terms of Use and Privacy Policy."])],
    "most_popular": lambda: ["Most popular"] + ["%d. %s" % (i + 1, h) for i, h in
                                                enumerate(random.sample(HEAD, 3))],
    "app_promo": lambda: [r(["Get the app", "Download our free app for the latest news",
                             "Listen on Spotify", "Available on the App Store"])],
    "gallery_counter": lambda: [r(["Image %d of %d", "Photo %d of %d", "Gallery (%d of %d)"]) %
                                (random.randint(1, 5), random.randint(6, 20))],
    "photo_credit_line": lambda: [r(["Getty Images/iStockphoto", r(NAMES) + "/AFP via Getty Images",
                                     "Photograph: " + r(NAMES), "(Photo by " + r(NAMES) + ")"])],
    "byline_with_date": lambda: ["By " + r(NAMES) + " | " + r(["Jan", "Mar", "Sep"]) + " %d, 20%02d" %
                                 (random.randint(1, 28), random.randint(10, 23))],
    "topic_header": lambda: [r(["WATCH", "TRENDING", "EXCLUSIVE", "OPINION", "LIVE UPDATES"])],
    "headline_list": lambda: random.sample(HEAD, 3),
    "symbols": lambda: [r(["* * *", "---", "\u2022", "\u25b6", "|"])],
    "event_promo": lambda: [r(["Get tickets now", "Book your place at our summit",
                               "Register now for our free webinar"])],
    "listen_widget": lambda: [r(["Listen to this story", "Audio: listen to this article",
                                 "0:00 / 4:32", "Playback speed 1x"])],
}


# A second set, written after the rules were tuned on the first and never used for tuning: the
# honest measure of how far the shape-based rules reach.
HELD_OUT = {
    "weather_widget": lambda: [r(["London", "Leeds", "Cardiff"]) + " %d\u00b0C" % random.randint(-3, 30),
                               r(["Sunny intervals", "Light rain", "Cloudy"])],
    "market_ticker": lambda: ["FTSE 100 %d.%d %s%.2f%%" % (random.randint(7000, 8000), random.randint(0, 9),
                                                          r(["+", "-"]), random.random())],
    "reader_poll": lambda: ["Have your say: should the council raise parking fees?", "Vote now"],
    "podcast_promo": lambda: [r(["New episode out now: The Week in Review",
                                 "Subscribe to The Briefing podcast wherever you get your podcasts"])],
    "login_wall": lambda: [r(["Log in or register to read the full story",
                              "To keep reading, please sign in"])],
    "notification_prompt": lambda: [r(["Turn on notifications for breaking news",
                                       "Get alerts for the stories that matter to you"])],
    "sponsored_link": lambda: [r(["Promoted links by Outbrain", "Recommended by Taboola",
                                  "You might also be interested in these stories from our partners"])],
    "image_expand": lambda: [r(["Expand image", "View full size", "Open image in new window"])],
    "social_follow": lambda: [r(["Follow " + r(OUTLETS) + " on Instagram",
                                 "Join us on Telegram for the latest updates"])],
    "contact_tip": lambda: [r(["Got a story? Email news@ledger.example",
                               "Do you have information about this story? Contact our newsroom"])],
}


# Third set: new wordings of the dev set's own kinds (other agencies, date formats, prompts).
VARIANTS = {
    "caption_variant": lambda: [r(["Residents queue for water in the town centre. Photo: " + r(NAMES) + "/Bloomberg",
                                   "Firefighters at the scene on Sunday. (Xinhua/" + r(NAMES) + ")",
                                   "The minister arrives in Brussels. Picture: PA Wire",
                                   "Crowds gather outside parliament. [Image: EPA-EFE]",
                                   "A worker checks the damage. Source: Reuters"])],
    "dateline_variant": lambda: [r(["Last modified: 14/03/2021 09:12", "Posted 2 days ago",
                                    "First posted March 4, 2019 at 8:15 pm ET",
                                    "Updated 11:42 AM EST, Tue March 2, 2021",
                                    "12 Jan 2020 | 16:45"])],
    "read_more_variant": lambda: [r(["READ NEXT: Council approves new cycle lanes",
                                     "Related: Rail fares to rise in January",
                                     "See also: Police appeal after village break-in",
                                     "Keep reading below", "Click here to read more"])],
    "newsletter_variant": lambda: [r(["Get our morning newsletter", "Sign up for free",
                                      "The Daily Ledger newsletter: get the best stories delivered every morning",
                                      "Your email", "Subscribe"])],
    "cookie_variant": lambda: [r(["We use cookies to give you the best experience. Learn more",
                                  "Cookie preferences", "Reject all", "OK, I agree",
                                  "This website stores cookies on your computer."])],
    "ad_variant": lambda: [r(["ADVERTISING", "Sponsored", "Promoted content", "Advertisement - Scroll to continue",
                              "Paid partnership with Acme"])],
    "byline_variant": lambda: [r(["Written by " + r(NAMES), r(NAMES) + ", Staff Reporter",
                                  "BY " + r(NAMES).upper(), r(NAMES) + " and " + r(NAMES),
                                  r(NAMES) + " reports from London"])],
    "share_variant": lambda: ["Share on Facebook", "Share on X", "Share via Email", "Copy URL"],
    "legal_variant": lambda: [r(["Copyright \u00a9 2021 " + r(OUTLETS), "(C) " + r(OUTLETS) + " 2019",
                                 "All content copyright " + r(OUTLETS)])],
    "related_variant": lambda: ["Related Articles"] + random.sample(HEAD, 2),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("outdir")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--held-out", action="store_true", help="use the held-out debris kinds")
    ap.add_argument("--variants", action="store_true", help="new wordings of the dev kinds")
    args = ap.parse_args()
    random.seed(args.seed)
    rows = [json.loads(l) for l in open(args.articles)]
    random.shuffle(rows)
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "dirty.jsonl"), "w") as fd, \
            open(os.path.join(args.outdir, "gold.jsonl"), "w") as fg:
        for i, row in enumerate(rows[: args.n]):
            paras = [p.strip() for p in row["text"].split("\n") if p.strip()]
            lines, labels = [], []
            table = HELD_OUT if args.held_out else VARIANTS if args.variants else KINDS
            kinds = list(table)
            for j, p in enumerate(paras):
                if j > 0 and random.random() < 0.35:
                    k = r(kinds)
                    for d in table[k]():
                        lines.append(d)
                        labels.append({"label": "boilerplate", "kind": k, "para": None})
                    if random.random() < 0.5:
                        lines.append("")
                        labels.append({"label": "blank", "kind": None, "para": None})
                lines.append(p)
                labels.append({"label": "content", "kind": None, "para": j})
                lines.append("")
                labels.append({"label": "blank", "kind": None, "para": None})
            gid = "synth-%d" % i
            fd.write(json.dumps({"id": gid, "title": "", "text": "\n".join(lines)}) + "\n")
            fg.write(json.dumps({"id": gid, "text": "\n\n".join(paras), "lines": labels}) + "\n")


if __name__ == "__main__":
    main()
