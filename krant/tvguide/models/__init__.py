from krant.tvguide.models.listings import (
    PURGE_KEY,
    Channel,
    ChannelGroup,
    Programme,
    ProgrammeQuerySet,
    XmltvSource,
    http_url,
)
from krant.tvguide.models.page import TvGuidePage

__all__ = [
    "PURGE_KEY",
    "Channel",
    "ChannelGroup",
    "Programme",
    "ProgrammeQuerySet",
    "TvGuidePage",
    "XmltvSource",
    "http_url",
]
