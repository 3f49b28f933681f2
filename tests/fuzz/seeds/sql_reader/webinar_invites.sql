-- Webinar invitations: opted-in accounts.
select
    a.email,
    a.full_name
from accounts a
join consents c on c.account_id = a.id
where c.marketing_email
