-- Audience for the spring campaign: forgets to join consent (CON001 through two models).
{{ config(materialized='table') }}

select a.email, a.full_name, a.preferred_language
from {{ ref('stg_accounts') }} a
where a.last_login_at >= '{{ var("active_since") }}'
