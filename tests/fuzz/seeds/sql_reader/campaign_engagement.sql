-- Open and click rates per recipient of the last campaign.
select
    a.email,
    count(*) filter (where e.event_type = 'open') as opens,
    count(*) filter (where e.event_type = 'click') as clicks
from email_events e
join accounts a on a.id = e.account_id
where exists (
    select 1
    from consents c
    where c.account_id = a.id
      and c.marketing_email
      and c.withdrawn_at is null
)
group by a.email
