-- Monthly product newsletter: subscribers who opted in and never withdrew.
with consented as (
    select account_id
    from consents
    where marketing_email = true
      and withdrawn_at is null
),

recipients as (
    select
        a.id,
        a.full_name,
        a.email,
        a.preferred_language
    from accounts a
    inner join consented c on c.account_id = a.id
)

select
    id as account_id,
    full_name,
    email,
    coalesce(preferred_language, 'bg') as language
from recipients
