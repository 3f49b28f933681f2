-- Product update mailing, consent checked in a subquery.
select a.email, a.preferred_language
from accounts a
where a.id in (
    select account_id
    from consents
    where marketing_email
      and withdrawn_at is null
)
