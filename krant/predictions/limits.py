"""Rate limits on the Sportspellen' forms, per account and per address (as the community's)."""

from krant.community.limits import account_key

PREDICT = [("predictions-account", "120/h", account_key), ("predictions-address", "600/h", "ip")]
GROUPS = [("predictions-groups-account", "30/h", account_key), ("predictions-groups-address", "120/h", "ip")]
