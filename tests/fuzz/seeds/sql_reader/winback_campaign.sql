-- Win-back e-mail for accounts that have not logged in for six months.
select
    a.email,
    a.full_name,
    a.preferred_language
from accounts a
left join consents c
    on c.account_id = a.id
   and c.marketing_email
   and c.withdrawn_at is null
where a.last_login_at < now() - interval '6 months'
