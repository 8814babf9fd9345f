"""Push alerts in the API: apps register a device token per topic, so a send reaches their users too.

Anyone may register (like a browser on the site: no account needed); with a member's key the device is
linked to the member, so it shows in their data and goes with their account. The token is the provider's
(FCM, APNs) and reaches the provider only through the newsroom's adapter (krant.push.adapters). The rules
are krant.push.services'; a refusal there is a 400 naming the field.
"""

from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.response import Response

from krant.api.community import CommunityApiView, documented_write
from krant.api.errors import Refusal
from krant.api.views import ApiView, documented
from krant.core.pagecache import add_keys
from krant.push import services, topics
from krant.push.models import APP_PLATFORMS

TOPIC_PATTERN = r"^[a-z]+(:[A-Za-z0-9_-]+)?$"
DEVICE_RATE = [("push-device-address", "120/h", "ip")]
TOKEN_PATTERN = r"^[A-Za-z0-9_:.\-]{1,1024}$"  # noqa: S105 - a pattern, not a secret


def refusal(refused: services.PushError) -> Refusal:
    """A request the schema allows that names what is not there (an unknown topic): a 400 of its own code."""
    error = Refusal(refused.message, "unknown_topic" if refused.field == "topics" else "invalid_body", 400)
    error.fields = {refused.field or "body": [refused.message]}
    return error


class TopicSerializer(serializers.Serializer):
    topic = serializers.CharField(help_text="`breaking`, `section:<slug>` or `liveblog:<page id>`.")
    label = serializers.CharField()


class DeviceSerializer(serializers.Serializer):
    platform = serializers.ChoiceField(choices=[str(platform) for platform in APP_PLATFORMS])
    token = serializers.RegexField(TOKEN_PATTERN, max_length=1024, help_text="The provider's device token.")
    topics = serializers.ListField(
        child=serializers.RegexField(TOPIC_PATTERN, max_length=80),
        min_length=1,
        max_length=topics.MAX_TOPICS,
        help_text="`breaking`, `section:<slug>` or `liveblog:<page id>`; GET /push/topics/ lists them.",
    )


class RegisteredSerializer(serializers.Serializer):
    platform = serializers.CharField()
    topics = serializers.ListField(child=serializers.CharField())


class DeletedSerializer(serializers.Serializer):
    deleted = serializers.BooleanField()


class TopicsView(ApiView):
    @documented("push_topics", TopicSerializer(many=True), summary="The topics a device can follow now.")
    def get(self, request):
        add_keys(request, "menus")  # the sections are the menus' pages: a change purges both
        return Response([{"topic": value, "label": label} for value, label in topics.choices()])


class DevicesView(CommunityApiView):
    """Register an app's device token with its topics; the same token again replaces its topics."""

    http_method_names = ["post"]

    @documented_write(
        "register_push_device",
        200,
        RegisteredSerializer,
        400,
        413,
        415,
        request=DeviceSerializer,
        auth=[{"tokenAuth": []}, {}],
        summary="Register a device token for push alerts on these topics (no key needed).",
    )
    def post(self, request):
        self.limit(DEVICE_RATE)
        data = self.body(DeviceSerializer)
        try:
            recipient = services.register_device(
                data["platform"], data["token"], data["topics"], request.user
            )
        except services.PushError as refused:
            raise refusal(refused) from None
        return Response(
            {
                "platform": recipient.platform,
                "topics": sorted(recipient.topics.values_list("topic", flat=True)),
            }
        )


class DeviceView(CommunityApiView):
    """Forget a device token: the app's user turned alerts off, or logged out."""

    http_method_names = ["delete"]

    @documented_write(
        "delete_push_device",
        200,
        DeletedSerializer,
        400,
        parameters=[
            OpenApiParameter("platform", {"type": "string", "enum": list(map(str, APP_PLATFORMS))}, "path"),
            OpenApiParameter(
                "token", {"type": "string", "pattern": TOKEN_PATTERN, "maxLength": 1024}, "path"
            ),
        ],
        auth=[{"tokenAuth": []}, {}],
        summary="Stop push alerts to a device token.",
    )
    def delete(self, request, platform: str, token: str):
        self.limit(DEVICE_RATE)
        try:
            return Response({"deleted": services.unregister_device(platform, token)})
        except services.PushError as refused:
            raise refusal(refused) from None
