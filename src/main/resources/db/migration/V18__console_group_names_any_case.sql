-- The console now reads a group's name in any case ("Northside" is "northside") and keeps the group
-- under its name in lower case. A group first typed with capitals under an older build is kept under
-- those capitals, so typing its name would start a new, empty group and its posts would seem lost:
-- its key becomes lower case. Where two old groups differ only in case, or a lower-case one was
-- started since, only the oldest takes the key and the others stay as they are.
UPDATE chat SET platform_ref = lower(platform_ref)
 WHERE platform = 'console' AND platform_ref LIKE 'group:%' AND platform_ref <> lower(platform_ref)
   AND NOT EXISTS (SELECT 1 FROM chat same WHERE same.platform = 'console' AND same.platform_ref = lower(chat.platform_ref))
   AND id = (SELECT min(id) FROM chat same WHERE same.platform = 'console' AND lower(same.platform_ref) = lower(chat.platform_ref));
