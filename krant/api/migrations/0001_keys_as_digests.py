"""Members' app keys move from DRF's authtoken (stored as they are) to knox (stored as digests).

Each key an app holds keeps working: knox finds a key by its first characters and checks its digest, so the
old keys are stored the same way. The old table, which holds the keys themselves, is then dropped.
"""

from datetime import timedelta

from django.db import migrations
from django.utils import timezone

OLD_TABLE = "authtoken_token"


def keep_keys_as_digests(apps, schema_editor):
    from knox.crypto import hash_token
    from knox.settings import CONSTANTS

    connection = schema_editor.connection
    if OLD_TABLE not in connection.introspection.table_names():
        return
    AuthToken = apps.get_model("knox", "AuthToken")
    quoted = connection.ops.quote_name(OLD_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, user_id, created FROM {quoted}")  # noqa: S608 - a fixed table name
        rows = cursor.fetchall()
        expiry = timezone.now() + timedelta(days=90)
        for key, user_id, created in rows:
            digest = hash_token(key)
            AuthToken(digest=digest, token_key=key[: CONSTANTS.TOKEN_KEY_LENGTH], user_id=user_id).save(
                force_insert=True
            )
            # `created` is set on saving: the key's own date, and 90 days from now as if just used.
            AuthToken.objects.filter(digest=digest).update(created=created, expiry=expiry)
        cursor.execute(f"DROP TABLE {quoted}")


class Migration(migrations.Migration):
    dependencies = [("knox", "0009_extend_authtoken_field")]

    operations = [migrations.RunPython(keep_keys_as_digests, migrations.RunPython.noop, elidable=True)]
