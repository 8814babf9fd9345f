"""Make Het Woord's word lists from wordfreq and the OpenTaal word list (Debian's `wdutch`)."""

from importlib.metadata import version
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from krant.woord import words

HEADER = """\
# {title}
# Gemaakt door `krant woord_lijsten` uit wordfreq {version} (woordfrequenties, CC BY-SA 4.0,
# https://github.com/rspeer/wordfreq) en de OpenTaal-woordenlijst (Debian-pakket wdutch, BSD/CC BY 3.0,
# https://www.opentaal.org/). Niet met de hand bewerken: pas data/blocklist.txt aan en maak de
# lijsten opnieuw.
"""


class Command(BaseCommand):
    help = (
        "Maak de woordenlijsten van Het Woord opnieuw (data/antwoorden.txt en data/woorden.txt). "
        "Nodig: het pakket wordfreq (pip install 'krant[woordenlijst]') en Debian's wdutch."
    )

    def add_arguments(self, parser):
        parser.add_argument("--woordenboek", default="/usr/share/dict/dutch", help="de OpenTaal-woordenlijst")
        parser.add_argument("--aantal", type=int, default=words.ANSWER_COUNT, help="hoeveel antwoorden")

    def handle(self, *args, woordenboek, aantal, **options):
        try:
            import wordfreq  # noqa: PLC0415 - only this command needs it (the optional extra 'woordenlijst')
        except ImportError as error:
            raise CommandError(
                "wordfreq ontbreekt: pip install -c constraints.txt -e '.[woordenlijst]'"
            ) from error
        path = Path(woordenboek)
        if not path.is_file():
            raise CommandError(f"Geen woordenlijst op {path}: apt install wdutch, of geef --woordenboek.")
        dictionary = path.read_text(encoding="utf-8").split()
        frequent = [w for w in wordfreq.top_n_list("nl", 500_000, wordlist="large") if len(w) == words.LENGTH]
        more_english = [
            w for w in frequent if wordfreq.zipf_frequency(w, "en") > wordfreq.zipf_frequency(w, "nl")
        ]
        lists = words.build_lists(
            frequent, dictionary, words.read_list(words.BLOCKLIST_FILE), more_english, count=aantal
        )
        if len(lists.answers) < aantal:
            raise CommandError(f"Maar {len(lists.answers)} antwoorden gevonden, {aantal} gevraagd.")
        self.write(
            words.ANSWERS_FILE, "Antwoorden, de meest gebruikte eerst", lists.answers, version("wordfreq")
        )
        self.write(words.GUESSES_FILE, "Andere toegestane gokken", lists.accepted, version("wordfreq"))
        self.stdout.write(
            f"{len(lists.answers)} antwoorden, {len(lists.accepted)} andere woorden geschreven."
        )

    def write(self, path: Path, title: str, items: list[str], version: str) -> None:
        lines = [" ".join(items[i : i + 16]) for i in range(0, len(items), 16)]
        path.write_text(
            HEADER.format(title=title, version=version) + "\n".join(lines) + "\n", encoding="utf-8"
        )
