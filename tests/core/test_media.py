"""Uploaded media at /media/: only files under MEDIA_ROOT (the headers are tested against `krant serve`)."""

import pytest


def test_media_outside_the_media_folder_is_404(db, client, settings, tmp_path):
    """/media/ serves files under MEDIA_ROOT only: a way out or a missing file is a 404."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (tmp_path / "geheim.txt").write_text("geheim")
    (settings.MEDIA_ROOT / "open.txt").write_text("open")
    assert client.get("/media/open.txt").status_code == 200
    for path in ("/media/../geheim.txt", "/media/%2e%2e/geheim.txt", "/media/geen.txt", "/media/"):
        assert client.get(path).status_code == 404, path


@pytest.fixture
def clip(settings, tmp_path):
    """A 1,000-byte file under MEDIA_ROOT whose every byte says where it is (modulo 256)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    data = bytes(range(256)) * 3 + bytes(range(232))
    (settings.MEDIA_ROOT / "clip.mp4").write_bytes(data)
    return data


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=900-", 900, 999),
        ("bytes=-10", 990, 999),
        ("bytes=990-5000", 990, 999),  # past the end: up to the last byte
        ("bytes=-5000", 0, 999),
    ],
)
def test_a_byte_range_answers_206_with_those_bytes(db, client, clip, header, first, last):
    """Players seek and podcast apps resume: one range gets exactly those bytes."""
    response = client.get("/media/clip.mp4", HTTP_RANGE=header)
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == clip[first : last + 1]
    assert response["Content-Range"] == f"bytes {first}-{last}/1000"
    assert response["Content-Length"] == str(last - first + 1)
    assert response["Content-Type"] == "video/mp4"
    assert response["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_a_range_past_the_end_is_416(db, client, clip, header):
    response = client.get("/media/clip.mp4", HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == "bytes */1000"


@pytest.mark.parametrize("header", ["bytes=0-1,5-6", "items=0-5", "bytes=9-3", "bytes=-", "bytes=a-b", "0-5"])
def test_several_or_malformed_ranges_get_the_whole_file(db, client, clip, header):
    response = client.get("/media/clip.mp4", HTTP_RANGE=header)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == clip
    assert response["Content-Length"] == "1000"


def test_if_range_sends_the_range_only_for_the_same_version(db, client, clip):
    """A resumed download of a file that changed meanwhile gets the whole new file, not a spliced one."""
    full = client.get("/media/clip.mp4")
    etag, modified = full["ETag"], full["Last-Modified"]
    for current in (etag, modified):
        assert client.get("/media/clip.mp4", HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=current).status_code == 206
    for stale in ('"oud-1"', "W/" + etag, "Sat, 01 Jan 2000 00:00:00 GMT"):
        response = client.get("/media/clip.mp4", HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=stale)
        assert response.status_code == 200, stale
        assert b"".join(response.streaming_content) == clip


def test_head_and_conditional_requests_ignore_the_range(db, client, clip):
    head = client.head("/media/clip.mp4", HTTP_RANGE="bytes=0-9")
    assert head.status_code == 200
    assert head["Accept-Ranges"] == "bytes"
    etag = head["ETag"]
    assert client.get("/media/clip.mp4", HTTP_RANGE="bytes=0-9", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_range_of_a_text_file_is_not_compressed(db, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (settings.MEDIA_ROOT / "ondertitels.json").write_text('{"tekst": "' + "woord " * 500 + '"}')
    response = client.get("/media/ondertitels.json", HTTP_RANGE="bytes=0-49", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 206
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == b'{"tekst": "' + b"woord " * 6 + b"woo"
