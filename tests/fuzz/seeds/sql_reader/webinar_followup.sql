-- Follow-up calls for webinar leads: the leads table cannot be matched to consent records.
SELECT lead_name, webinar
FROM webinar_leads;
