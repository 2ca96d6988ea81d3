"""PNG, JPEG and TIFF (multi-page too): each frame is one page, for the pipeline to OCR.

Sizes are checked from the header before any pixel is decoded, so a decompression bomb (a small file
that decodes to billions of pixels) is refused with `image.too_large` without using the memory.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageSequence, UnidentifiedImageError

from schemas.errors import ErrorCode, InputError


def open_image(data: bytes, max_pixels: int) -> Image.Image:
    """Open (lazily) and check the size of every frame; bad or huge images raise `InputError`.

    Pillow's own bomb limit is set to `max_pixels` first, so the documented setting is the one applied
    (Pillow's default, 89.5 Mpx, would otherwise refuse a 100 Mpx image that the setting allows).
    """
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            for frame in ImageSequence.Iterator(image):
                if frame.width * frame.height > max_pixels:
                    raise InputError(
                        f"image of {frame.width}x{frame.height} pixels is larger than the limit of "
                        f"{max_pixels} pixels (decompression bomb?)",
                        code=ErrorCode.IMAGE_TOO_LARGE,
                    )
            image.seek(0)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise InputError(
            f"image larger than the limit of {max_pixels} pixels (decompression bomb?): {error}",
            code=ErrorCode.IMAGE_TOO_LARGE,
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise InputError(f"image cannot be read: {error}", code=ErrorCode.IMAGE_CORRUPT) from error
    return image


def frame_count(data: bytes, max_pixels: int) -> int:
    return int(getattr(open_image(data, max_pixels), "n_frames", 1))


def load_frame(data: bytes, index: int, max_pixels: int) -> Image.Image:
    """Decode one frame (0-based) fully; corrupt pixel data raises `InputError`."""
    image = open_image(data, max_pixels)
    try:
        image.seek(index)
        image.load()
        frame = image.copy()
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise InputError(f"image frame {index + 1} cannot be decoded: {error}", code=ErrorCode.IMAGE_CORRUPT) from error
    return frame
