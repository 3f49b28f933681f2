{{ config(
    materialized='view'
) }}

select
    id as account_id,
    {{ normalise_email('email') }} as email,
    full_name,
    preferred_language,
    last_login_at,
    created_at
from {{ source('crm', 'accounts') }}
where created_at >= '{{ var("active_since") }}'
