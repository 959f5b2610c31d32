-- Who closed a post by /done, /cancel or /close: the bot offers "/reopen" only to someone who
-- closed their own post (not to an author whose post a coordinator closed), and the export tells a
-- coordinator's close from the author's withdrawal. Posts closed before this, or by expiry, /forget
-- or /wipe, have none.
ALTER TABLE post ADD COLUMN closed_by INTEGER REFERENCES member (id);
