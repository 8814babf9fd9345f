"""An edition sent to 100,000 subscribers into a local SMTP sink: time and peak memory.

    python bench/newsletter.py [--subscribers 100000] [--batch-size 500]

Sets up the demo publication in a temporary data directory (SQLite, or KRANT_DATABASE_URL when set), adds a
list with that many confirmed subscribers, queues one edition and runs the real worker
(`krant send_newsletters --burst`) against aiosmtpd's Sink in a process of its own. In the same run, a bare
smtplib loop sends the same message to the same number of addresses over one connection: the ratio between the
two is the cost of krant's bookkeeping (claims, one recorded outcome per address, personal links), and it
travels between machines better than the absolute time does.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import KRANT, free_port  # noqa: E402 - run as a script, bench/ is not on the path

SETUP = """
from django.db import transaction
from django.utils import timezone
from krant.news.models import published_articles
from krant.newsletters import services
from krant.newsletters.models import NewsletterList, Subscriber, Subscription, SubscriptionStatus

count, size = {count}, {batch_size}
newsletter = NewsletterList.objects.create(name="Bench", slug="bench", kind="breaking")
now = timezone.now()
for start in range(0, count, 5000):
    with transaction.atomic():
        subscribers = Subscriber.objects.bulk_create(
            Subscriber(email=f"lezer{{n}}@bench.example") for n in range(start, min(start + 5000, count))
        )
        if not subscribers[0].pk:  # databases that return no ids from bulk_create
            subscribers = Subscriber.objects.filter(email__endswith="@bench.example").order_by("pk")[start:]
        Subscription.objects.bulk_create(
            Subscription(subscriber=s, newsletter=newsletter, status=SubscriptionStatus.CONFIRMED,
                         confirmed_at=now)
            for s in subscribers
        )
edition = services.create_edition(newsletter, list(published_articles()[:6]), timezone.localdate())
services.send_edition(edition, batch_size=size)
open({message_file!r}, "w").write(edition.html)
"""

COUNT = """
from krant.newsletters.models import Delivery
print(Delivery.objects.filter(status="sent").count())
"""

BASELINE = """
import smtplib, sys
from email.message import EmailMessage
port, count, html = int(sys.argv[1]), int(sys.argv[2]), open(sys.argv[3]).read()
with smtplib.SMTP("127.0.0.1", port) as smtp:
    for n in range(count):
        message = EmailMessage()
        message["From"], message["Subject"] = "bench@krant.invalid", "Bench"
        message["To"] = f"lezer{n}@bench.example"
        message.set_content("tekst")
        message.add_alternative(html, subtype="html")
        smtp.send_message(message)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000, help="Addresses (default 100000).")
    parser.add_argument("--batch-size", type=int, default=500, help="Addresses per batch (default 500).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="krant-bench-") as data_dir:
        port = free_port()
        message_file = Path(data_dir) / "edition.html"
        env = {
            **{
                k: v
                for k, v in os.environ.items()
                if k.startswith("KRANT_DATABASE") or not k.startswith("KRANT_")
            },
            "KRANT_DATA_DIR": data_dir,
            "KRANT_SECRET_KEY": "bench-" + "x" * 50,
            "KRANT_EMAIL_URL": f"smtp://127.0.0.1:{port}",
        }
        sink = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-c",
                "aiosmtpd.handlers.Sink",
                "-l",
                f"127.0.0.1:{port}",
            ]
        )
        try:
            krant(env, "demo", "--no-serve")
            setup = SETUP.format(
                count=args.subscribers, batch_size=args.batch_size, message_file=str(message_file)
            )
            started = time.monotonic()
            krant(env, "shell", "-c", setup)
            queued = time.monotonic() - started

            sent_time, sent_memory = measure([*KRANT, "send_newsletters", "--burst", "--verbosity", "0"], env)
            sent = int(krant(env, "shell", "-c", COUNT).split()[-1])
            base_time, base_memory = measure(
                [sys.executable, "-c", BASELINE, str(port), str(args.subscribers), str(message_file)], env
            )
        finally:
            sink.terminate()
            sink.wait(timeout=10)

    print(f"subscribers {args.subscribers}, batch size {args.batch_size}, sent {sent}")
    print(f"{'':<34} {'seconds':>8} {'peak MB':>8}")
    print(f"{'adding subscribers, queueing':<34} {queued:>8.1f}")
    print(f"{'krant worker (send_newsletters)':<34} {sent_time:>8.1f} {sent_memory:>8.0f}")
    print(f"{'bare smtplib loop, same message':<34} {base_time:>8.1f} {base_memory:>8.0f}")
    print(
        f"krant / bare smtplib: time {sent_time / base_time:.2f}x, "
        f"peak memory {sent_memory / base_memory:.2f}x"
    )
    if sent != args.subscribers:
        sys.exit(f"bench: {args.subscribers - sent} addresses were not sent")


def krant(env: dict, *arguments: str) -> str:
    return subprocess.run([*KRANT, *arguments], env=env, check=True, capture_output=True, text=True).stdout  # noqa: S603


def measure(command: list[str], env: dict) -> tuple[float, float]:
    """Run a command; return its wall time in seconds and its peak resident memory in MB."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env)  # noqa: S603
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    if process.returncode != 0:
        sys.exit(f"bench: {command[2:4]} failed")
    return elapsed, usage.ru_maxrss / 1024


if __name__ == "__main__":
    main()
