-- Each command adds one small segment to the search index, and a search looks up each of its
-- terms in every segment. With FTS5's defaults (automerge 4, crisismerge 16), up to 28 segments
-- built up over 6,000 commands on 100,000 posts (15 on average); merging two at a time, and at
-- once when a level holds four, kept at most 11 (7 on average). Measured on this project's 2-core
-- machine: a command's search and reading of candidates 0.76-0.93 ms instead of 1.09-1.64 ms.
-- A level is merged at once only from the smallest level up, while each holds four; the level
-- of the large segment the hourly housekeeping makes would fill to four only if thousands of
-- posts came within the hour, so that one is still merged a little at a time.
INSERT INTO post_search (post_search, rank) VALUES ('automerge', 2);
INSERT INTO post_search (post_search, rank) VALUES ('crisismerge', 4);
