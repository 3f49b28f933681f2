-- Spring promotion: everybody who opted in, plus every account created this year.
select
    a.id,
    a.full_name,
    a.email
from accounts a
left join consents c on c.account_id = a.id
where c.marketing_email = true
   or a.created_at >= date_trunc('year', now())
