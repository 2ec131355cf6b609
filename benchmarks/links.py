"""Evidence links on real news: precision and recall per label and per shape against hand-annotated pairs.

Run by hand:
    python benchmarks/links.py --corpus benchmarks/data/news --links benchmarks/data/links-a.jsonl \
        benchmarks/data/links-b.jsonl [benchmarks/data/links-c.jsonl benchmarks/data/links-d.jsonl] \
        [--linker-alone] [--verbose]

Each line of a links file is ``{"a", "a_sentence", "b", "b_sentence", "label", "shape", "reason"}``: the label
(SUPPORTED, CONFLICTING, NOT_ENOUGH_INFO or NOT_LINKED) is the verdict on a's sentence as the claim with b's
sentence as the only evidence. The corpus is built as ``factgen build`` builds it (clean, segment, check-worthy
claims, stories, one evidence index); a pair is *linked* when the index's matches for the passage holding
``a_sentence`` include, for article ``b``, the passage holding ``b_sentence`` (the one best sentence per other
article, as records are made), and its predicted label is that match's label (NOT_LINKED otherwise; a sentence
that is not a check-worthy claim links nothing).

Each ``--links`` file is reported on its own (links-a is the set misses are read from, links-b is held out); an
annotated sentence the cleaner changed (a dateline stripped: "CHICAGO (AP) — Ruth ...") is found by its longest
part. ``--verbose`` prints the misses, counted by reason.

Printed: recall per gold label and per shape, precision per predicted label and overall (a link whose label is
not the gold label, or a link on a NOT_LINKED pair, is a false link), the look-alikes linked (target 0), the
candidate sentences judged per claim over the whole corpus (mean and max, target <= 50), the time to index and
match the corpus, and the share of cross-article records in a build of the corpus (target >= 15%). Beside each
label's recall ("linked as annotated": the ranking's one best sentence of b must be the annotated one), "judged as
annotated" is the share of pairs whose label ``index.judge`` gives on the annotated pair itself, whatever the ranking
picks; a pair counted there and not in the recall is a miss of the ranking, not of the rules. It runs on
any factgen checkout (``PYTHONPATH=/path/to/other/checkout python benchmarks/links.py ...`` measures the "before").

Measured on 2026-12-06 (91 articles, 290 pairs; before = main's linker at c28ce20, after = block -> retrieve ->
verify): SUPPORTED recall 0.09 -> 0.21 (precision 1.00 -> 0.96), CONFLICTING 0.00 -> 0.00, NOT_ENOUGH_INFO
0.00 -> 0.04; overall link precision 0.80 (12/15) -> 0.93 (28/30); look-alikes linked 1 -> 1 of 108; candidates
judged per claim max 9 -> 28; cross-article records 2% -> 6%. Recall stays far below the issue's targets: most
misses are sentences that are not check-worthy claims, numbers the normaliser reads differently on each side
("50 basis points" / "a half percentage point"), and facts whose subject is written in other words.

Measured again on 2026-12-06 (evidence2; before = 3af60bc, whose claims now refuse most annotated sentences as not
self-contained; "alone" = ``--linker-alone``, every annotated a-sentence taken as a claim):

================  ===================  ====================  ====================
measure           before (as built)    after (as built)      after (alone)
================  ===================  ====================  ====================
SUPPORTED         0.11 (14/128), P 1   0.16 (21/128), P 1    0.23 (30/128), P 1
CONFLICTING       0.00 (0/27)          0.00 (0/27)           0.07 (2/27), P 1
NOT_ENOUGH_INFO   0.04 (1/27), P 1     0.07 (2/27), P 1      0.15 (4/27), P 1
link precision    1.00 (15/15)         1.00 (23/23)          1.00 (36/36)
look-alikes       0 of 108             0 of 108              0 of 108
restatements      0.09 (11/116)        0.16 (18/116)         0.23 (27/116)
bounds            0.10 (4/39)          0.13 (5/39)           0.18 (7/39)
judged per claim  mean 4.0, max 17     mean 6.4, max 30      (the same index)
cross-article     6.7% (65/973)        8.8% (88/996)         -
================  ===================  ====================  ====================

By shape, before -> after as built (alone): paraphrase 3 -> 7 (12) of 72, restatement 7 -> 10 (14) of 20, bound
4 -> 5 (7) of 39, conflict 0 -> 0 (2) of 27, acronym 0 of 9, relative_period 1 of 15; every look-alike shape
stays 0 linked. As built, 98 of the 159 misses are a-sentences claims refuses (not self-contained, headlines),
9 b-sentences with no figure; alone, the misses left are mostly subjects written in other words
(different_subject, different_measure: "124 individuals" / "124 cases"), several figures with one unpaired,
"Wednesday" against "Thursday" periods, and non-numeric restatements.

Measured again on 2026-12-06 (links3; before = main at 18be921, after = this branch, both with this script's
per-file report and dateline fix, which alone lifts links-b as built from 8 to 9 SUPPORTED; "alone" =
``--linker-alone``):

===============  ====================  ====================  ====================  ====================
measure          links-a as built      links-a alone         links-b as built      links-b alone
===============  ====================  ====================  ====================  ====================
SUPPORTED        0.21 -> 0.28 (21/75)  0.31 -> 0.51 (38/75)  0.17 -> 0.19 (10/53)  0.23 -> 0.34 (18/53)
CONFLICTING      0.00 -> 0.08 (1/12)   0.00 -> 0.33 (4/12)   0.00 -> 0.00 (0/15)   0.00 -> 0.00 (0/15)
NOT_ENOUGH_INFO  0.00 -> 0.00 (0/16)   0.12 -> 0.31 (5/16)   0.18 -> 0.18 (2/11)   0.18 -> 0.18 (2/11)
link precision   1.00 -> 1.00 (22/22)  1.00 -> 1.00 (47/47)  1.00 -> 1.00 (12/12)  1.00 -> 1.00 (20/20)
restatements     0.22 -> 0.29 (21/72)  0.32 -> 0.51 (37/72)  0.14 -> 0.16 (7/44)   0.20 -> 0.34 (15/44)
bounds           0.00 -> 0.00 (0/19)   0.11 -> 0.32 (6/19)   0.25 -> 0.25 (5/20)   0.25 -> 0.25 (5/20)
look-alikes      0 -> 0 of 57          0 -> 0 of 57          0 -> 0 of 51          0 -> 0 of 51
===============  ====================  ====================  ====================  ====================

Every label's precision is 1.00 (no wrong link) before and after, on both files.

By shape, alone, before -> after: links-a paraphrase 9 -> 20 of 43, restatement 12 -> 12 of 13, relative_period 2 ->
4 of 11, acronym 0 -> 1 of 5, bound 2 -> 6 of 19, conflict 0 -> 4 of 12; links-b paraphrase 6 -> 8 of 29,
restatement 3 -> 5 of 7, relative_period 0 of 4, acronym 0 -> 2 of 4, bound 5 -> 5 of 20, conflict 0 of 15; every
look-alike shape stays 0 linked on both files. Candidates judged per claim: mean 6.3 -> 9.1, max 29 -> 47 (every
sentence is now indexed; still <= MAX_CANDIDATES). Cross-article records in a build: 8.3% (63/756) -> 12.3%
(99/807), short of the 15% target. What moved them (each read from links-a): every sentence indexed as evidence;
negation and projection read in the statement that holds a figure; a statistician's estimate no projection; "since
2020" a period up to publication; quarters; each fact dated by its own time references; a bare number and a counted
one said of the same thing; cases and patients counted as people, people killed or who died as deaths; lists of
counts paired fact by fact; an acronym in brackets kept in its name's clause; reports a day apart that disagree are
CONFLICTING (REVISION_DAYS 1); a claim without a number restated by a sentence that also gives figures. links-b,
read only at the end, gains less (no CONFLICTING at all): its misses are mostly money and counts read as different
measures ("about 61-billion dollars" / "$60.84 billion"), aid listed by recipient ("23 billion for Israel" / "$26.4
billion bill to support Israel"), and ages set beside names; the issue's targets (>= 0.80 restatements, >= 0.70
CONFLICTING and bounds) stay far off on both files.

Measured again on 2026-12-06 (links4; before = main at b7c4019 with claims3 and links3, after = this branch; both
files' misses read, links-c held out by the lead; "alone" = ``--linker-alone``):

===============  ====================  ====================  ====================  ====================
measure          links-a as built      links-a alone         links-b as built      links-b alone
===============  ====================  ====================  ====================  ====================
SUPPORTED        0.35 -> 0.35 (26/75)  0.51 -> 0.51 (38/75)  0.25 -> 0.25 (13/53)  0.34 -> 0.36 (19/53)
CONFLICTING      0.08 -> 0.08 (1/12)   0.33 -> 0.33 (4/12)   0.00 -> 0.00 (0/15)   0.00 -> 0.53 (8/15)
NOT_ENOUGH_INFO  0.25 -> 0.25 (4/16)   0.31 -> 0.38 (6/16)   0.18 -> 0.18 (2/11)   0.18 -> 0.18 (2/11)
link precision   1.00 -> 1.00 (31/31)  1.00 -> 1.00 (48/48)  1.00 -> 1.00 (15/15)  1.00 -> 1.00 (29/29)
bounds           0.21 -> 0.21 (4/19)   0.32 -> 0.37 (7/19)   0.25 -> 0.25 (5/20)   0.25 -> 0.30 (6/20)
look-alikes      0 -> 0 of 57          0 -> 0 of 57          0 -> 0 of 51          0 -> 0 of 51
===============  ====================  ====================  ====================  ====================

Candidates judged per claim: mean 8.9, max 47, before and after. Cross-article records in a build: 12.3%
(117/949) -> 12.5% (119/952), still short of 15%: as built, most annotated a-sentences are not claims (claims' scope).
What moved them: a currency carried over a list ("60-billion dollars ..., 23 billion for Israel"); an amount's
recipient read after "for"/"to"; a close amount for the same recipient one fact whatever its other words; a list's
number paired with the one close enough to disagree, and the one said of its name keeping a shared counterpart;
two death counts ("killed 517 people" / "537 deaths") needing no other word in common; ages beside names in a list
("Damari, 28; Gonen, 24") compared person by person. Tried and reverted: "confirmed dead" read as deaths (one wrong
link, a source's "At least least 10"); a fact said of another telling name refused even when the other sentence
names both (it lost "Ireland's regulator fined Meta" pairs). Left: parenthesised changes ("9 (-39)": quantities
reads no number after a capitalised word, "Conservatives 121"), year-ago baselines in other words, money the
normaliser does not read ("1.8-billion-euro"), and paraphrases without a number.

Measured again on 2026-12-06 (links5, issue 16: a threshold is no result, a "respectively" list dates its numbers
in order, a count is said of its place; before = main at c593b4d, after = this branch; links-c held out, only the
one Asheville pair given; "alone" = ``--linker-alone``):

===============  ====================  ====================  ====================  ====================
measure          links-a alone         links-b alone         links-c as built      links-c alone
===============  ====================  ====================  ====================  ====================
SUPPORTED        0.51 -> 0.52 (39/75)  0.36 -> 0.36 (19/53)  0.09 -> 0.09 (5/55)   0.20 -> 0.20 (11/55)
  precision      1.00 -> 1.00          1.00 -> 1.00          0.83 -> 0.83          0.85 -> 0.92 (11/12)
CONFLICTING      0.33 -> 0.33 (4/12)   0.53 -> 0.53 (8/15)   0.00 -> 0.00 (0/10)   0.10 -> 0.10 (1/10)
NOT_ENOUGH_INFO  0.38 -> 0.38 (6/16)   0.18 -> 0.18 (2/11)   0.00 -> 0.00 (0/12)   0.00 -> 0.00 (0/12)
link precision   1.00 -> 1.00 (49/49)  1.00 -> 1.00 (29/29)  0.71 -> 0.71 (5/7)    0.80 -> 0.86 (12/14)
look-alikes      0 -> 0 of 57          0 -> 0 of 51          0 -> 0 of 45          1 -> 0 of 45
===============  ====================  ====================  ====================  ====================

links-a as built: SUPPORTED 0.31 -> 0.32 (24/75), precision 1.00; links-b as built unchanged. No link was lost.
Cross-article records in a build: 16.6% (151/909) -> 16.5% (150/908): the wrong 272/303 link and its twin are
gone, the right 272/"272 majority mark" link and its twin came in, and a third wrong link went too (CONFLICTING 3
-> 2 in the build): theatlasnews's 2024 "NDA winning 293 seats" against thedailystar's "the 303 and 282 seats it
had won in 2019 and 2014, respectively", whose 303 is now of 2019. Candidates judged per claim: mean 8.9, max 47,
unchanged.

Measured again on 2026-12-06 (links6, issue 16: links-a, -b and -c all read; before = main at 8e0d8b1, after = this
branch; "alone" = ``--linker-alone``; P = precision of the label; "figure both" = recall of the linked pairs where
both sentences state a figure):

===============  =======================  =======================  =======================  =======================
measure          links-a alone            links-b alone            links-c as built         links-c alone
===============  =======================  =======================  =======================  =======================
SUPPORTED        0.52 -> 0.60 (45/75)     0.36 -> 0.53 (28/53)     0.09 -> 0.13 (7/55)      0.20 -> 0.29 (16/55)
  P              1.00 -> 1.00             1.00 -> 1.00             0.83 -> 1.00             0.92 -> 1.00
CONFLICTING      0.33 -> 0.33 (4/12)      0.53 -> 0.53 (8/15)      0.00 -> 0.20 (2/10)      0.10 -> 0.20 (2/10)
NOT_ENOUGH_INFO  0.38 -> 0.44 (7/16)      0.18 -> 0.55 (6/11)      0.00 -> 0.17 (2/12)      0.00 -> 0.25 (3/12)
  P              1.00 -> 1.00             1.00 -> 1.00             0.00 -> 1.00             0.00 -> 1.00
link precision   1.00 -> 1.00 (56/56)     1.00 -> 1.00 (42/42)     0.71 -> 1.00 (11/11)     0.86 -> 1.00 (21/21)
restatements     0.53 -> 0.61 (44/72)     0.34 -> 0.52 (23/44)     0.08 -> 0.12 (6/50)      0.16 -> 0.24 (12/50)
bounds           0.37 -> 0.42 (8/19)      0.30 -> 0.55 (11/20)     0.06 -> 0.18 (3/17)      0.18 -> 0.41 (7/17)
figure both      0.51 -> 0.59 (54/92)     0.37 -> 0.57 (40/70)     0.07 -> 0.19 (10/54)     0.15 -> 0.31 (17/54)
look-alikes      0 -> 0 of 57             0 -> 0 of 51             0 -> 0 of 45             0 -> 0 of 45
===============  =======================  =======================  =======================  =======================

As built: links-a SUPPORTED 0.32 -> 0.35, NOT_ENOUGH_INFO 0.25 -> 0.38, precision 1.00 (29/29 -> 33/33); links-b
SUPPORTED 0.25 -> 0.40, NOT_ENOUGH_INFO 0.18 -> 0.45, precision 1.00 (15/15 -> 26/26). Candidates judged per claim:
mean 8.9 -> 9.3, max 47. Cross-article records in a build: 16.8% (149/886) -> 19.2% (178/925). Besides the
annotated pairs, every CONFLICTING, NOT_ENOUGH_INFO and SUPPORTED link of the build was read (the benchmark counts a
link only on the annotated sentence of b): four wrong ones found on the way were fixed (Kiptum's and Hassan's race
times, a part of a fine against the fine, "hundreds of Israelis" against 90 prisoners).

The two wrong links of links-c as built were Newser's "just 35 seconds over 2 hours" read as a bound against "two
hours and 35 seconds" (NOT_ENOUGH_INFO for a restatement), and Devdiscourse's "Tamil Nadu's Telugu Desam Party"
against the Daily Star's "Naidu's Telugu Desam Party ... in Andhra Pradesh" (SUPPORTED for a disagreement on where
the 16 seats are). What moved the numbers, each with hand-written pairs and look-alikes in ``tests/test_evidence.py``:
a time written in parts is one duration; an owner ("Tamil Nadu's") is a subject like a place; a disagreement needs
its facts said of one name, written alike, and not each of a name the other sentence lacks; a claim of several
facts with one left open is NOT_ENOUGH_INFO; a currency after a hyphen; a projection or negation read in the
figure's own words; deaths in other words ("confirmed dead", a death toll) and "at least least"; a figure's head
ends at a clause word; a list's far number said of another name is left unpaired; constituencies are seats;
a change in brackets ("121 (-251)") is seats lost; a vague count's noun ("hundreds of Israelis") is its unit.

Left, with a figure on both sides: words that share no term although they say the same ("pulled from the river" /
"rescued", "comply" / "cease", "clocking" / "won"), year-ago baselines ("up from 607,000 in the previous 12
months" / "an increase of 65,000"), a count reached against the final count ("after reaching 326 seats" / "412"), a
claim's incidental figure the other report leaves out ("across six states", "the 26.2-mile distance"), a year in an
event's name dating every figure ("the 2023 Berlin Marathon (2:11:53)"), runners' margins and times said of two
people in one sentence, and numbers the number reader leaves out after a capitalised word ("the Congress 99").
Non-numeric paraphrases (23 of links-c's 77 linked pairs) need a model of meaning. The issue's targets stay far off
on links-c; precision holds on all three files.

links7 (2026-12-06): links-d (116 pairs, ``NOTES-d.md``) was held out until the lead measured it at main 7cb8970
(linker alone: SUPPORTED 0.16, CONFLICTING 0.33, NEI 0.09, precision 1.00, 0 of 48 look-alikes; as built SUPPORTED
0.08); its misses were read and tuned on only after, so links-d's "after" below is no longer a held-out figure.
Before = main 7cb8970, after = links7; alone, then as built (cross-article records in a build 18.1% (173/957) ->
19.7% (193/979); candidates judged per claim mean 9.3 -> 9.6, max 47):

===============  ==================  ==================  ==================  ==================  ==================
measure          links-a alone       links-b alone       links-c alone       links-d alone       links-d as built
===============  ==================  ==================  ==================  ==================  ==================
SUPPORTED        0.60 -> 0.61        0.53 -> 0.55        0.29 -> 0.31        0.16 -> 0.35        0.08 -> 0.16
CONFLICTING      0.33 -> 0.33        0.53 -> 0.53        0.20 -> 0.20        0.33 -> 0.33        0.00 -> 0.00
NOT_ENOUGH_INFO  0.44 -> 0.44        0.55 -> 0.73        0.25 -> 0.25        0.09 -> 0.18        0.00 -> 0.00
link precision   1.00 -> 1.00 (57)   1.00 -> 1.00 (45)   1.00 -> 1.00 (22)   1.00 -> 1.00 (22)   1.00 -> 1.00 (8)
figure both      0.59 -> 0.60        0.57 -> 0.61        0.31 -> 0.33        0.19 -> 0.42        0.06 -> 0.16
look-alikes      0 of 57             0 of 51             0 of 45             0 of 48             0 of 48
===============  ==================  ==================  ==================  ==================  ==================

As built: links-a SUPPORTED 0.35 -> 0.36, links-b SUPPORTED 0.40 -> 0.42 and NEI 0.45 -> 0.55, links-c unchanged;
precision 1.00 everywhere. 16 annotated pairs gained, none lost. links-d's 11, by cause: a quotation repeated in a
longer one (2: Kiptum's "I saw the time in front of me", "I knew one day ..."), one head after an amount ("$95
billion legislative package" / "foreign aid package"), the holder after "set by" (Assefa's 2:11:53), linking words
and a source ("released by the ONS", "stood at a provisional 672,000"), a relative quarter ("2.4% growth in the
previous quarter" / "in the last three months of 2024"), a vote's tally ("360-58"), a record's span that may go
unsaid (131 seats "in two centuries") or is a period ("the first time in four years" / "since 2020"), "per CNN"
and "unaccounted for" (hundreds missing), and a vague count beside a bound ("millions" / "more than 3 million").
Every cross-article record the branch adds to or drops from the dev-corpus build (seed 0: 21 added, 1 dropped, a
twin replaced by another) was read against main's build:
three wrong ones found on the way were fixed before commit (four policymakers who cut against four who did not,
"140 residents" against "hundreds ... missing", "9 cases" against "ages 5 to 17").

Left in links-d with a figure on both sides: Mayorkas' "10 deaths" (11 October) against "at least 11 deaths" (10
October) is a day apart, within ``REVISION_DAYS``, so CONFLICTING and not a revision by the rules, but the claim
names nothing the other report names (the speaker is left out), so it stays ``uncertain_conflict``; "almost a
minute" against "34 seconds" (values far apart: two counts by ``CONFLICT_SPREAD``); "the halfway mark" and
"reaching 326 seats" (no number, or a count reached, against the final tally); "Others: 29" / "Others: 26" (no
name); pairs whose stories are not neighbours, or more than a week apart; a claim's other figure unsettled
("at least seven vehicles"). Of links-d's 37 linked pairs without a figure on both sides, 28 are still missed
alone (0.14 -> 0.24): paraphrases that need a model of meaning.

links8 (2026-12-06, issue 16: the 118 misses of links-a..d with a figure on both sides, linker alone, read and
grouped by cause; before = main 1a18913, after = links8; "figure both" = recall of the linked pairs where both
sentences state a figure; precision 1.00 and 0 look-alikes linked on all four files, before and after):

===============  ==================  ==================  ==================  ==================
measure          links-a             links-b             links-c             links-d
===============  ==================  ==================  ==================  ==================
figure both      0.60 -> 0.65 (60)   0.61 -> 0.67 (47)   0.33 -> 0.37 (20)   0.42 -> 0.42 (13)
 as built        0.37 -> 0.39 (36)   0.40 -> 0.44 (31)   0.19 -> 0.22 (12)   0.16 -> 0.16 (5)
SUPPORTED        0.61 -> 0.68        0.55 -> 0.62        0.31 -> 0.33        0.35 -> 0.35
NOT_ENOUGH_INFO  0.44 -> 0.44        0.73 -> 0.82        0.25 -> 0.33        0.18 -> 0.18
CONFLICTING      0.33 -> 0.33        0.53 -> 0.53        0.20 -> 0.20        0.33 -> 0.33
===============  ==================  ==================  ==================  ==================

As built: links-a SUPPORTED 0.36 -> 0.40 and NOT_ENOUGH_INFO 0.38 -> 0.31 (one pair, below), links-b SUPPORTED
0.42 -> 0.45 and NEI 0.55 -> 0.64, links-c SUPPORTED 0.13 -> 0.15 and NEI 0.17 -> 0.25. Candidates judged per claim:
mean 9.6, max 47, unchanged. Cross-article records in a build (this script): 21.5% (198/923) -> 22.5% (211/936).
12 pairs with a figure on both sides gained (and links-b 84, counted without: "2:09:56" / "two hours, nine minutes,
and 56 seconds"), 1 lost. ``factgen build`` of the dev corpus (seed 0), main c775f52 against main with links8
merged: 21.7% (198/914) -> 22.8% (211/927); every cross-article record added or changed was read: 16 added (13
links, 3 twins), each label what a careful reader gives; 2 replaced by the same claim's link to a better sentence of
the same article (and its twin); 1 lost (links-a 84, below). A wrong CONFLICTING found in the build on the way was
fixed: the result "The SNP was on nine seats" against "predicted to win 61 seats, Reform UK 13, and the Scottish
National Party 10" (a gapped list now shares its verb's mood).

The 118 misses by cause (fixed ones first): reading bugs 12, all fixed (11 pairs gained; a-83 then stops at
``CONFLICT_SPREAD``, as a-84 below), each with pairs and look-alikes in ``tests/test_evidence.py`` -- a time to the
second refused for its words ("two hours and 35 seconds" / "2hours 00min 35sec": b-73), a death word read into the
next figure of its clause ("killed at least 517 people with more than 17,000 suspected cases": a-81, a-83), words
inside a count ("six missing people": b-120, b-121), a death word after a death count taken for a qualifier (b-42),
a list's gapped count ("and the Congress 99": a-34), a baseline ("compared to 52" / "an increase from 52": a-39),
"secured" seats (a-37), a record's word out of the three-word window ("the highest U.S. central bank policy rate in
22 years": c-7), a change against a level ("an increase of 34": c-62), a time in a clause of its own ("... as
inflation met the target in May and June": a-24); another sentence of b was the better match (5; a-35 now matches
its own, the others' chosen sentence is a right link too); one side has no figure but an ordinal, "the halfway
mark", "a simple majority" or a weekday (25); arithmetic ("130,000 higher", two cuts of a quarter point; 6); the
rules by design (14: a running tally against the final count, a revision, values more than 15% apart: "after
reaching 326 seats" / 412, "almost a minute" / "34 seconds"); other stories or more than a week apart (5); a claim's
incidental figure the other report leaves out ("across six states", "the 26.2-mile distance"; 6); words that share
no term ("comply" / "cease", "pulled from the river" / "rescued", "votes counted" / "poll stations scrutinized";
15); the subject read from another name (an agency and a country, "the ONS estimate" / "net migration to the UK",
"GDP" / "the U.S. economy", actors of one event, names after the figure, lists of places, and disagreements on who
or where rather than on the figure; 26); number-reader gaps left to ``factgen.quantities`` ("revised ... up to
745,000" read as at most, "33 hostages and up to 1,650" read as "33 ... and up", a year in an event's name dating
every figure, "wasn't 606,000 as previously estimated"; 4). Lost: links-a 84 ("over 14,000 cases ... 524 deaths" /
"at least 517 people with more than 17,000 suspected cases"), whose NOT_ENOUGH_INFO came from reading the 17,000
cases as deaths; read right, 14,000 and 17,000 cases are more than 15% apart and said of Africa on both sides, two
counts by ``CONFLICT_SPREAD``. Found on the way and fixed: "The Greens won 240 seats" was SUPPORTED by "The Greens
lost 240 seats", and "a quarter of a percentage point" was dropped (its claim then a statement restated by any other
cut).

links-e (117 pairs, ``NOTES-e.md``, 2026-12-06) was written blind while links8 worked and measured by the lead on
main before links8 merged, then after; links8 never saw it. Linker alone: SUPPORTED 0.16 -> 0.20 (9 -> 11 of 55),
NOT_ENOUGH_INFO 0.09 (1/11), CONFLICTING 0 of 3, figure on both sides 0.21 -> 0.27, precision 1.00 (10 -> 12 links),
none of its 48 look-alikes linked; as built SUPPORTED 0.07 -> 0.09. 36 of its 69 linked pairs lack a figure on one
side or both: restatements in other words, which rules over measured facts do not reach. One of its pairs was read
after the first measure, because a new rule refused it (``different_speaker`` had held for a body's quoted finding,
not only for a person's quotation); the rule was narrowed to persons, and nothing else of links-e was tuned on.

links9 (2026-12-06, issue 16: every CONFLICTING and bound miss of links-a..d read, linker alone; before = main
73713d6, after = links9; links-e not opened; recall, linker alone and as built; precision 1.00 and 0 look-alikes on
all four files, before and after):

===============  ==================  ==================  ==================  ==================
measure          links-a             links-b             links-c             links-d
===============  ==================  ==================  ==================  ==================
CONFLICTING      0.33 -> 0.33 (12)   0.53 -> 0.67 (15)   0.20 -> 0.20 (10)   0.33 -> 0.50 (6)
 as built        0.08 -> 0.08        0.00 -> 0.07        0.20 -> 0.20        0.00 -> 0.00
bounds           0.42 -> 0.58 (19)   0.75 -> 0.80 (20)   0.47 -> 0.47 (17)   0.17 -> 0.17 (12)
 as built        0.26 -> 0.32        0.60 -> 0.60        0.24 -> 0.24        0.00 -> 0.00
NOT_ENOUGH_INFO  0.44 -> 0.62        0.82 -> 0.82        0.33 -> 0.33        0.18 -> 0.18
 as built        0.31 -> 0.38        0.64 -> 0.64        0.25 -> 0.25        0.00 -> 0.00
SUPPORTED        0.68 -> 0.68        0.62 -> 0.64        0.33 -> 0.33        0.35 -> 0.35
===============  ==================  ==================  ==================  ==================

Candidates judged per claim: mean 9.6, max 47, unchanged. ``factgen build`` of the dev corpus (seed 0), 73713d6
against links9: 22.8% (211/927) -> 22.9% (213/929); both records added were read and are what a careful reader
gives: accuweather's "59 square miles" against kesq's "the two fires ... just over 52 square miles" (CONFLICTING;
kesq names the Eaton and Palisades fires two paragraphs before), and asianet's "over 14,000 cases ... and 524
deaths" against politico's "at least 517 ... more than 17,000 suspected cases" (NOT_ENOUGH_INFO); nothing else moved.

Gained, 7 pairs by 5 causes, each with hand-written pairs, look-alikes and a Hypothesis property in
``tests/test_evidence.py``: "homes and businesses" are a utility's customers when the words near both meet (b-46);
a results list's label is its count's subject, "Others: 29 seats" / "- SF: 7 seats - Others: 26 seat" (d-79);
"the two fires" is the group "the Palisades and Eaton fires" names, and a figure given again in other units after a
dash and "or" or in brackets is said of the same thing (b-62, b-63); poll stations scrutinized are votes counted
(a-157); two bounds on one side far apart and said of one name are one count bounded twice beside a close pair
(a-84, a-85). None lost. Tried and dropped: every pair of same-side bounds exempt from ``CONFLICT_SPREAD`` (4
look-alikes linked, "at least 40 deaths in Buncombe County" / "at least 180 ... across six states"); every
all-confirmed claim with a figure unsaid NOT_ENOUGH_INFO (precision 0.91 on links-b); a year in an event's name
dating only its own clause (lost 3 restatements of "2:11:53 at the 2023 Berlin Marathon"); a number's thousands
comma no clause break (lost a right link in the build: "wasn't 606,000 in 2022 ..., but 745,000").

Left, checked one by one: the other sentence of b is the better match and a right link too (b-47, b-60, c-76, c-98,
c-102, c-114, d-111; the annotated pair itself is judged as annotated for b-47, b-60, c-76 and c-102); reports 16
days apart, beyond ``WINDOW_DAYS`` (d-47, d-101); "Mayorkas noted 10 deaths" / "at least 11 deaths" names nothing in
common (d-54; "At least least 10 people ... confirmed dead", b-43, was already NOT_ENOUGH_INFO, as were a-82, a-83
and c-63); "six-day" / "six-week" (b-21) are descriptors to the number reader, and 6 days against 42 are two counts by
``CONFLICT_SPREAD``: a unit written wrong is no rule; "under two hours and 10 minutes" / "2:09:56" (c-99) is dated
2023 by "the 2023 Berlin Marathon", and its claim's 2:11:53 and "nearly two full minutes" (read as a count) would be
unsaid: its SUPPORTED is debatable; "after reaching 326 seats" against 412 (a-67, a-68, c-113, d-82) and "the
halfway mark" (a-44, d-81, d-110) are a tally's mark, not a bound ("the death toll has reached 548" is a level);
running tallies and revisions (a-47, a-69, a-70, a-80, a-81: a later, smaller year-to-date count would disagree,
but Africa is the subject of one sentence and the place of the other), who or where rather than the figure (b-80,
b-81, c-85, c-86, c-117, a-30, c-70), arithmetic (a-8, a-9, c-53, c-92, c-112), a pronoun ("he just obtained the
44.7%", c-4), counts far apart (d-77, d-99), no figure (c-59, d-70, d-71), "the Conservatives'" and "the
Government's" 2019 level (a-117, a-118), another story or week (a-147, a-148, c-95), a vote count in brackets the
other report leaves unsaid while all else is confirmed (a-156), "up to 1,650" read as "33 ... and up" and "nearly
2,000" overlapping it (b-22, b-23), a city written with its state ("in Asheville, North Carolina": b-29, b-30; read
as one place it would set a city's count against the state's), "will also hold a meet ... with the grand old party
winning 99" (c-84), "six others" against "the other six" (d-83), and d-100, whose dateline ("5 July 2024: ") the
cleaner strips and this script's locator does not split on (a colon).

links10 (2026-12-06, issue 16: the reading gaps links9 found and left; before = main 2fe19f8, after = links10; links-e
not opened). Every recall and precision figure of links-a..d is unchanged, as built and alone (precision 1.00, 0
look-alikes linked on all four); one pair's reason moved: d-99 (Kiptum's "took 34 seconds off the mark set at last
year's Berlin Marathon") is now linked by the verifier to the other sentence of b that says "by 34 seconds", a right
link (SUPPORTED), where the annotated "almost a minute" stays unpaired. The new column, linker alone (as built):

=====================  ====================  ====================  ====================  ====================
judged as annotated    links-a               links-b               links-c               links-d
=====================  ====================  ====================  ====================  ====================
SUPPORTED              0.69 (52/75) (0.41)   0.66 (35/53) (0.47)   0.33 (18/55) (0.15)   0.35 (18/51) (0.16)
CONFLICTING            0.33 (4/12) (0.08)    0.67 (10/15) (0.07)   0.30 (3/10) (0.20)    0.50 (3/6) (0.00)
NOT_ENOUGH_INFO        0.62 (10/16) (0.38)   0.91 (10/11) (0.73)   0.42 (5/12) (0.25)    0.18 (2/11) (0.00)
=====================  ====================  ====================  ====================  ====================

Against "linked as annotated" (alone): a-96 (measles "124 individuals" / "124 confirmed cases"), b-47, b-60, c-76
and c-102 (as built: a-96, b-47, b-60): 5 pairs the rules judge as annotated and the ranking gives to another,
right, sentence of b (links9 had counted four of them by hand); the verifier labels no annotated pair otherwise than annotated
on any file. Cross-article records in a build (this script): 22.9% (213/930) -> 23.1% (215/932). ``factgen build``
of the dev corpus (seed 0), main 2fe19f8 against links10: 213 -> 215 ``evidence.*`` records; both records added were read and are what a careful reader gives: insidethegames'
"Kiptum ... took 34 seconds off the mark set at the 2022 Berlin Marathon by ... Eliud Kipchoge" SUPPORTED by AP's
"shatter fellow Kenyan Eliud Kipchoge's old mark by 34 seconds" and by Newser's "beat the previous world record ...,
set by Eliud Kipchoge, by 34 seconds" (the 34 seconds were dated 2022 by the event's year before); nothing dropped
or changed. Candidates judged per claim: mean 9.6, max 47, unchanged.

Fixed, each with hand-written pairs and look-alikes in ``tests/test_evidence.py``: a thousands comma ("over 14,000
cases") and a race time's colon ("2:11:53") are no clause breaks; with that alone the build lost channel4's "wasn't
606,000 in 2022 as it previously estimated, but 745,000" against irishnews' "a new record of 745,000" (2022 then
dated 606,000 only), so a figure right after "but" that corrects a denied figure of its kind states the correction,
of the denied figure's names and period, and the denied one stays denied; a time reference dates the nearest figure
by the words between them ("1,200 cases in 2023 and 300 in 2024": 1,200 in 2023); a list's later count with no name
of its own is said of the place written after it ("the more than 14,000 cases and 524 deaths reported so far this
year in DR Congo": Congo's, not the speaker's; without it a look-alike of ``PARTLY_OPEN`` linked). A year in an
event's name: links9's "date only the event's own clause" lost b-87, b-88 and b-89 because a time reference never
dates a duration (a race time is one: "in 2:11:53 at the 2023 Berlin Marathon") and a time in brackets after the
name ("the 2023 Berlin Marathon (2:11:53)") is a clause of its own. The rule chosen: the year dates the figure in
brackets right after the name, else the nearest of its clause, race times included, with only names and record
verbs between ("2:01:09 set by Kenya's Eliud Kipchoge to win the 2022 Berlin Marathon"); no figure when the name
describes a record the sentence does not give a figure of ("took 34 seconds off the mark set at ..."); every figure
when it frames the sentence ("In the 2019 General Election, ..."). Left: c-99, whose claim's 2:11:53 (2023) now
meets the other report's 2:09:56 (2024) as a fact of another period and refuses the pair (``different_period``)
rather than leaving it unpaired; a-113 ("had been 606,000" / "wasn't 606,000 ... as it previously estimated":
the figure is denied as the count but stated as the earlier estimate; read as denied, no link); a reference that
dates the nearest of two coordinated counts only ("more than 250 people abducted and 1,200 killed ... on Oct 7,
2023": 1,200, which the comma had hidden).

links11 (2026-12-06, issue 16: the bound and CONFLICTING misses with a figure on both sides; before = main d004a8a,
after = links11; links-e not opened). Recall, linker alone (as built); precision 1.00 and 0 look-alikes linked on all
four files, before and after, alone and as built:

===============  ==================  ==================  ==================  ==================
measure          links-a             links-b             links-c             links-d
===============  ==================  ==================  ==================  ==================
bounds           0.58 -> 0.68 (19)   0.80 -> 0.90 (20)   0.47 -> 0.53 (17)   0.17 -> 0.33 (12)
 as built        0.32 -> 0.37        0.60 -> 0.65        0.24 -> 0.24        0.00 -> 0.08
CONFLICTING      0.33 -> 0.42 (12)   0.67 -> 0.67 (15)   0.20 -> 0.20 (10)   0.50 -> 0.50 (6)
 as built        0.08 -> 0.17        0.07 -> 0.07        0.20 -> 0.20        0.00 -> 0.00
NOT_ENOUGH_INFO  0.62 -> 0.69        0.82 -> 0.91        0.33 -> 0.42        0.18 -> 0.36
 as built        0.38 -> 0.44        0.64 -> 0.64        0.25 -> 0.25        0.00 -> 0.09
SUPPORTED        0.68 -> 0.69        0.64 -> 0.66        0.33 -> 0.33        0.35 -> 0.35
 as built        0.40 -> 0.40        0.45 -> 0.47        0.15 -> 0.15        0.16 -> 0.16
figure both      0.68 -> 0.72        0.71 -> 0.74        0.37 -> 0.39        0.45 -> 0.52
===============  ==================  ==================  ==================  ==================

Gained 8 pairs alone (a-67, a-68, a-81, b-29, b-30, c-113, d-82, d-100), 4 of them as built (a-68, a-81, b-29,
d-100), none lost; d-111 is now judged as annotated, and the ranking gives it another, right, sentence of b; the
verifier labels no annotated pair otherwise than annotated (links-d NOT_ENOUGH_INFO judged as annotated 0.18 ->
0.45). Candidates judged per claim: mean 9.6, max 47, unchanged; cross-article records in a build (this script):
23.1% (215/932) -> 23.6% (221/938). ``factgen build`` of the dev corpus (seed 0), main d004a8a against links11: 215
-> 221 ``evidence.*`` records, every one added read and what a careful reader gives: the Week's "At least 30 people
died ... in Asheville, North Carolina, and its surrounding Buncombe County" SUPPORTED by Salon's "42 people have
died, 30 of whom were in Buncombe County, which includes Asheville" (and its twin "Fewer than 24", REFUTED);
Asianet's "Africa has reported over 14,000 cases of Mpox and 524 deaths" (17 August) and Down To Earth's "More than
15,600 cases and 537 deaths have been reported so far this year alone in Africa" (16 August), CONFLICTING both ways
(a year-to-date death count given lower a day later); Yahoo's "Labour had won 412 seats" and Radiance News' "winning
363 seats out of the declared 527" against the Press and Journal's "Labour wins the General Election after reaching
326 seats", NOT_ENOUGH_INFO. Seven other records changed only their id, by a match score moved in the third decimal
(token weights), with the same label, rule and evidence.

Fixed, each with hand-written pairs, look-alikes and a Hypothesis property in ``tests/test_evidence.py``: a count
passed on the way, "after reaching 326 seats" (``passages._milestone``, ``MILESTONE_VERBS``), is a lower bound, and
a count at or beyond it said of no name the milestone lacks meets it however far (``rules._reached``: not
``CONFLICT_SPREAD``; "the death toll has reached 548" stays a level, a rate "after hitting 5%" no bound); where two
facts of the claim meet one bound, the one said of its name keeps it ("412 seats", not "the full 649 of the
results"); a fact of the other report paired already is no sign the report is of another place or thing
(``rules._said_elsewhere``: "211 seats gained" is left unsaid, NOT_ENOUGH_INFO); a place written beside another
after "and", past the state that locates a city ("in Asheville, North Carolina, and its surrounding Buncombe
County"), is the figure's place too (``passages._places``, ``BESIDE_WORDS``); "30 of whom" counts what its whole
counts, people who died (``passages._partitives``: without it, "30 people were hospitalized in Buncombe County"
would have met it); of two reports a day apart, a running count of deaths or cases given lower by the later one
disagrees whatever "so far" says (``rules._fell``; higher, or the same day, they are two moments: ``partial_count``
stays); a whole name opening its clause ("Africa has reported") is the place the other report writes ("in Africa";
not "the Vilnius marathon"), and "cases of Mpox" is what those cases are of, not the next count's subject. This
script finds an annotated sentence whose dateline the cleaner stripped ("5 July 2024: ...") by its part after the
colon (d-100).

Tried and dropped: a whole name anywhere in the sentence as the other report's place (it made "won the Vilnius
marathon" the place of another runner's time "in Vilnius": a wrong CONFLICTING in the tests); a partitive's
subject read from its whole only (Salon's 30 keeps its own place, Buncombe County).

Left, read one by one: a snapshot and a later count a fact-checker cannot tell from a disagreement with only the two
sentences -- Business Today's "410 seats as of the latest count" against 412 (a-69; the same day, and "as of the
latest count" says snapshot), its list 117/410/8/70/7/26 against the official 121/412/9/72 a day later (a-70; every
figure lower in the earlier report and the list sums to 638 of 650 seats: a running count), "leading in 232" against
"winning 233" (a-47; c-87, "leading in 232" against a tally of 234, is the revision look-alike); Pledge Times' "the
minister said that the death toll has reached 548" (a-80) names neither the country nor the disease and is a day
later and higher than "524 deaths ... in DR Congo", so it is the same running count later, not a disagreement; the
halfway mark (a-44, d-81, d-110) and "the Government's" against "the Conservatives'" 2019 level (a-117, a-118) need
knowledge of the world; "up to 1,650" against "nearly 2,000" prisoners (b-22, b-23) overlap as the number reader
reads "nearly" (from three quarters of the figure); "six-day" / "six-week" (b-21), who finished second (b-80, b-81),
"almost a minute" / 34 seconds (d-77), "Mayorkas noted 10 deaths" (d-54: no name in common), "six others" / "the other
six" (d-83: "others" read as a unit, and the dash clause hides "missing"), a vote count in brackets left unsaid
(a-156), the pronoun of c-4, and the reports of 2023 and 2024 (a-147, a-148, c-95: beyond ``WINDOW_DAYS``).

After links11 (2026-12-06, the lead): a build links a claim only to reports published on or before its own article's
date (AVeriTeC's cut-off; ``--later-evidence`` to link later ones too). "As built" now applies it (a pair whose b
was published after a is ``later_report``, not linked); "alone" judges every pair whatever its dates, as before.
As built, before -> after the cut-off (linker alone unchanged): links-a SUPPORTED 0.40 -> 0.33, NOT_ENOUGH_INFO 0.44
-> 0.44; links-b SUPPORTED 0.47 -> 0.38, NOT_ENOUGH_INFO 0.64 -> 0.27, CONFLICTING 0.07 -> 0.00; links-c SUPPORTED
0.15 -> 0.11; links-d and links-e unchanged; precision 1.00 and no look-alike linked on all five. What moves in the
build: cross-article records 23.6% (221/936) -> 20.0% (176/881) on the dev corpus, seed 0, 39
links to later reports refused (``evidence.later_report``), and the card's evidence published after its claim
45 of 991 items -> 0. links-e, held out through links8-11, was measured after each: SUPPORTED recall alone 0.16 before
links8, 0.20 after it, unchanged by links9, links10 and links11.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factgen import load_articles
from factgen.evidence import EvidenceIndex, Passage, after_claim
from factgen.models import Article, Kind
from factgen.pipeline import process_article
from factgen.quantities import extract_quantities

LABELS = ("SUPPORTED", "CONFLICTING", "NOT_ENOUGH_INFO")
RESTATEMENTS = ("restatement", "paraphrase", "acronym", "relative_period")
_split_parts = re.compile(  # a sentence's parts between dashes and brackets, and after a dateline's colon
    r"\s-{2}\s|[—–−()\[\]]|:\s"
).split
_LEAST_PART = 20  # a shorter part ("AP", "Reuters") could be found anywhere


def _located(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` is in the cleaned ``text``: as written, else its longest part found there (the cleaner
    strips a dateline, "CHICAGO (AP) — " or "5 July 2024: ", and other furniture from the text the annotator
    copied)."""
    sentence = sentence.strip()
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    parts = sorted((x.strip() for x in _split_parts(sentence)), key=len, reverse=True)
    for part in parts:
        at = text.find(part) if len(part) >= _LEAST_PART else -1
        if at >= 0:
            return at, at + len(part)
    return None


def _passage_at(index: EvidenceIndex, texts: dict[str, str], article: str, sentence: str) -> Passage | None:
    text = texts.get(article)
    span = None if text is None else _located(text, sentence)
    if span is None:
        return None
    at, end = span
    return next(
        (p for p in index.passages if p.article_id == article and p.start < end and at < p.end),
        None,
    )


def _index(articles: list[Article]) -> tuple[EvidenceIndex, dict[str, str], set[tuple[str, int]], float]:
    started = time.perf_counter()
    results = [process_article(a) for a in articles]
    cleaned = [r.article for r in results]
    claims = [c for r in results for c in r.claims]
    kwargs: dict[str, Any] = {}
    if "neighbours" in inspect.signature(EvidenceIndex.from_claims).parameters:
        from factgen.stories import find_stories  # noqa: PLC0415  (absent before stories existed)

        kwargs["neighbours"] = find_stories(cleaned).neighbours
    index = EvidenceIndex.from_claims(claims, cleaned, **kwargs)
    claimed = {(c.article_id, c.start) for c in claims}
    return index, {a.id: a.text for a in cleaned}, claimed, time.perf_counter() - started


def _judged_per_claim(index: EvidenceIndex, claimed: set[tuple[str, int]]) -> tuple[list[int], float]:
    """Candidates judged for every claim of the corpus, and the time to match them all."""
    judged: list[int] = []
    original = index.judge
    count = [0]

    def counting(claim: Passage, evidence: Passage, **kw: Any) -> Any:
        count[0] += 1
        return original(claim, evidence, **kw)

    index.judge = counting  # type: ignore[method-assign]
    started = time.perf_counter()
    for p in index.passages:
        if (p.article_id, p.start) not in claimed:
            continue
        count[0] = 0
        index.match(p)
        judged.append(count[0])
    elapsed = time.perf_counter() - started
    index.judge = original  # type: ignore[method-assign]
    return judged, elapsed


def _predict(  # noqa: PLR0911 (a decision list: one reason per return)
    index: EvidenceIndex,
    texts: dict[str, str],
    pair: dict[str, str],
    claimed: set[tuple[str, int]] | None,
) -> tuple[str, str]:
    """The predicted label of one annotated pair, and why (the verifier's reason when not linked).

    ``claimed`` holds the claims' spans: an a-sentence that is not a claim links nothing; ``None`` takes every
    indexed a-sentence as a claim (the linker alone, whatever ``claims`` decides).
    """
    pa = _passage_at(index, texts, pair["a"], pair["a_sentence"])
    pb = _passage_at(index, texts, pair["b"], pair["b_sentence"])
    if pa is None:
        return "NOT_LINKED", "a is not an indexed sentence"
    if claimed is not None and (pa.article_id, pa.start) not in claimed:
        return "NOT_LINKED", "a is not a claim"
    if pb is None:
        return "NOT_LINKED", "b is not an indexed sentence"
    if claimed is not None and after_claim(pa.published, pb.published):  # as built: link_evidence's cut-off
        return "NOT_LINKED", "later_report"
    matches, _ = index.match(pa)
    for m in matches:
        if m.evidence.article_id == pb.article_id:
            if m.evidence is pb or (m.evidence.start, m.evidence.end) == (pb.start, pb.end):
                return m.label.value, m.rule
            return "NOT_LINKED", "another sentence of b was the better match"
    outcome = index.judge(pa, pb)
    return ("NOT_LINKED", outcome) if isinstance(outcome, str) else ("NOT_LINKED", "not retrieved")


def _judge(
    index: EvidenceIndex,
    texts: dict[str, str],
    pair: dict[str, str],
    claimed: set[tuple[str, int]] | None,
) -> str:
    """The verifier's label on the annotated pair itself (``index.judge``), whatever sentence of b the ranking picks:
    NOT_LINKED when it refuses the pair, or when a sentence is not indexed (or, as built, a is not a claim)."""
    pa = _passage_at(index, texts, pair["a"], pair["a_sentence"])
    pb = _passage_at(index, texts, pair["b"], pair["b_sentence"])
    if pa is None or pb is None or (claimed is not None and (pa.article_id, pa.start) not in claimed):
        return "NOT_LINKED"
    if claimed is not None and after_claim(pa.published, pb.published):  # as built: link_evidence's cut-off
        return "NOT_LINKED"
    outcome = index.judge(pa, pb)
    return "NOT_LINKED" if isinstance(outcome, str) else outcome.label.value


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def _report(
    pairs: Sequence[dict[str, str]], predicted: Sequence[tuple[str, str]], judged: Sequence[str] = ()
) -> None:
    """The figures of one file. ``judged`` (the verifier's label on each annotated pair itself) adds a column:
    "linked as annotated" is the recall above (the ranking's one best sentence of b must be the annotated one),
    "judged as annotated" counts the pairs the verifier labels as annotated whatever the ranking picks, so a miss
    for "another sentence of b was the better match" is told apart from a miss of the rules."""
    gold = Counter(p["label"] for p in pairs)
    hit = Counter(p["label"] for p, (label, _) in zip(pairs, predicted, strict=True) if label == p["label"])
    made = Counter(label for label, _ in predicted if label != "NOT_LINKED")
    right = Counter(label for p, (label, _) in zip(pairs, predicted, strict=True) if label == p["label"])
    print(f"{len(pairs)} annotated pairs: {dict(sorted(gold.items()))}")
    print(
        f"{'label':<16} {'recall':>14} {'precision':>14}"
        + (f" {'judged as annotated':>20}" if judged else "")
    )
    agree = Counter(
        p["label"] for p, label in zip(pairs, judged, strict=False) if label == p["label"]
    )  # () if none
    for label in LABELS:
        line = f"{label:<16} {_ratio(hit[label], gold[label]):>14} {_ratio(right[label], made[label]):>14}"
        print(line + (f" {_ratio(agree[label], gold[label]):>20}" if judged else ""))
    if judged:
        wrong = sum(
            1 for p, label in zip(pairs, judged, strict=True) if label not in ("NOT_LINKED", p["label"])
        )
        alike = sum(
            1
            for p, label in zip(pairs, judged, strict=True)
            if p["shape"].startswith("lookalike") and label != "NOT_LINKED"
        )
        print(f"judged, not as annotated, on the annotated pair: {wrong} (look-alikes {alike})")
    links = sum(made.values())
    correct = sum(right[label] for label in LABELS)
    print(f"overall link precision {_ratio(correct, links)}")
    restated = [i for i, p in enumerate(pairs) if p["shape"] in RESTATEMENTS]
    print(
        "recall of restatements (restatement, paraphrase, acronym, relative_period): "
        + _ratio(sum(predicted[i][0] == pairs[i]["label"] for i in restated), len(restated))
    )
    for name, shapes in (("CONFLICTING", {"conflict"}), ("bounds", {"bound"})):
        chosen = [i for i, p in enumerate(pairs) if p["shape"] in shapes and p["label"] != "NOT_LINKED"]
        print(
            f"recall of {name}: "
            + _ratio(sum(predicted[i][0] == pairs[i]["label"] for i in chosen), len(chosen))
        )
    for name, numeric in (("with a figure on both sides", True), ("without (non-numeric paraphrase)", False)):
        chosen = [
            i
            for i, p in enumerate(pairs)
            if p["label"] != "NOT_LINKED" and _both_state_a_figure(p) is numeric
        ]
        print(
            f"recall of linked pairs {name}: "
            + _ratio(sum(predicted[i][0] == pairs[i]["label"] for i in chosen), len(chosen))
        )
    lookalikes = [i for i, p in enumerate(pairs) if p["shape"].startswith("lookalike")]
    linked = [i for i in lookalikes if predicted[i][0] != "NOT_LINKED"]
    print(f"look-alikes linked: {len(linked)} of {len(lookalikes)} (target 0)")
    print(f"{'shape':<20} {'pairs':>5} {'as annotated':>13}")
    for shape in sorted({p["shape"] for p in pairs}):
        chosen = [i for i, p in enumerate(pairs) if p["shape"] == shape]
        ok = sum(predicted[i][0] == pairs[i]["label"] for i in chosen)
        print(f"{shape:<20} {len(chosen):>5} {ok:>13}")


def _both_state_a_figure(pair: dict[str, str]) -> bool:
    """Whether both sentences state a figure other than a date: the pairs rules over measured facts can settle (a
    paraphrase without numbers needs a model of meaning, which factgen does not ship)."""
    return all(
        any(q.kind is not Kind.DATE for q in extract_quantities(pair[side]))
        for side in ("a_sentence", "b_sentence")
    )


def _cross_article_share(articles: list[Article]) -> tuple[int, int]:
    from factgen import generate  # noqa: PLC0415

    records = list(generate(articles, seed=0))
    cross = sum(1 for r in records if r.verdict.rule.startswith("evidence."))
    return cross, len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", nargs="+", required=True, help="folders of <id>.txt articles + manifest.jsonl"
    )
    parser.add_argument(
        "--links", nargs="+", required=True, help="annotated pairs (JSONL); each file is reported on its own"
    )
    parser.add_argument("--verbose", action="store_true", help="print every pair not predicted as annotated")
    parser.add_argument(
        "--linker-alone",
        action="store_true",
        help="also measure with every indexed a-sentence as a claim (the misses printed are then those)",
    )
    args = parser.parse_args()
    articles = sorted((a for folder in args.corpus for a in load_articles(Path(folder))), key=lambda a: a.id)
    files = {
        f: [json.loads(line) for line in Path(f).read_text().splitlines() if line.strip()] for f in args.links
    }
    index, texts, claimed, built = _index(articles)
    judged, matched = _judged_per_claim(index, claimed)
    print(f"{len(articles)} articles, {len(index)} indexed sentences, {len(claimed)} claims")
    for name, pairs in files.items():
        print(f"\n== {name} ==")
        predicted = [_predict(index, texts, p, claimed) for p in pairs]
        _report(pairs, predicted, [_judge(index, texts, p, claimed) for p in pairs])
        if args.linker_alone:
            print("\n-- the linker alone: every indexed a-sentence taken as a claim --")
            predicted = [_predict(index, texts, p, None) for p in pairs]
            _report(pairs, predicted, [_judge(index, texts, p, None) for p in pairs])
        if args.verbose:
            _misses(pairs, predicted)
    print()
    mean = sum(judged) / len(judged) if judged else 0.0
    print(f"candidates judged per claim: mean {mean:.1f}, max {max(judged, default=0)} (target <= 50)")
    print(f"time: {built:.2f} s to process and index, {matched:.2f} s to match every sentence")
    cross, total = _cross_article_share(articles)
    print(f"cross-article records in a build: {_ratio(cross, total)} (target >= 0.15)")


def _misses(pairs: Sequence[dict[str, str]], predicted: Sequence[tuple[str, str]]) -> None:
    why = Counter(reason for p, (label, reason) in zip(pairs, predicted, strict=True) if label != p["label"])
    print("misses by reason: " + ", ".join(f"{r} {n}" for r, n in why.most_common()))
    for p, (label, reason) in zip(pairs, predicted, strict=True):
        if label != p["label"]:
            print(f"- {p['shape']}: gold {p['label']}, got {label} ({reason}): {p['a']} / {p['b']}")
            print(f"    A: {p['a_sentence'][:150]}")
            print(f"    B: {p['b_sentence'][:150]}")


if __name__ == "__main__":
    main()
