"""The demo's drawings: one per subject and variant, always the same picture for the same name."""

import pytest

from krant.demo import images


@pytest.mark.parametrize("subject", sorted(images.SUBJECTS))
def test_every_subject_draws_the_same_picture_each_time(subject):
    """Drawing is deterministic and full size, so a rerun of the demo gives the very same images."""
    first = images.draw_subject(subject, 1)
    assert first.size == (images.WIDTH, images.HEIGHT)
    assert first.tobytes() == images.draw_subject(subject, 1).tobytes()


def test_variants_of_a_subject_differ():
    """Two stories about the same subject get different colourings, not one picture twice."""
    pictures = {images.draw_subject("voetbal", variant).tobytes() for variant in range(images.VARIANTS)}
    assert len(pictures) == images.VARIANTS
