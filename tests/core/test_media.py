"""Uploaded media at /media/: only files under MEDIA_ROOT (the headers are tested against `krant serve`)."""


def test_media_outside_the_media_folder_is_404(db, client, settings, tmp_path):
    """/media/ serves files under MEDIA_ROOT only: a way out or a missing file is a 404."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (tmp_path / "geheim.txt").write_text("geheim")
    (settings.MEDIA_ROOT / "open.txt").write_text("open")
    assert client.get("/media/open.txt").status_code == 200
    for path in ("/media/../geheim.txt", "/media/%2e%2e/geheim.txt", "/media/geen.txt", "/media/"):
        assert client.get(path).status_code == 404, path
