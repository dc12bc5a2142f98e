"""The small scanners of app.sandbox.metadata (XMP, IPTC, PDF dates, GPS positions), on
their own. They run in the metadata child; here they are plain functions on bytes."""

from __future__ import annotations

from app.sandbox.metadata import pdf, tags
from app.sandbox.metadata.model import AUTHOR, DATE, LOCATION, SOFTWARE, Finding

XMP = b"""<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
 <rdf:Description rdf:about='' xmlns:exif='http://ns.adobe.com/exif/1.0/'
   xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'
   exif:GPSLatitude='33,30.5S' exif:GPSLongitude='70,36.0W'
   xmp:CreatorTool='Lightroom &amp; more'>
  <dc:creator><rdf:Seq><rdf:li>Karim &#x4B;arimov</rdf:li></rdf:Seq></dc:creator>
  <xmp:CreateDate>2025-03-01T10:11:12+05:00</xmp:CreateDate>
  <dc:subject/>
 </rdf:Description></rdf:RDF></x:xmpmeta>"""


def test_xmp_in_attributes_and_elements() -> None:
    found = tags.xmp_findings(XMP)
    assert found[0] == Finding(LOCATION, "exif:GPSPosition", "33.5083 S 70.6000 W")
    assert Finding(SOFTWARE, "xmp:CreatorTool", "Lightroom & more") in found
    assert Finding(AUTHOR, "dc:creator", "Karim Karimov") in found
    assert Finding(DATE, "xmp:CreateDate", "2025-03-01T10:11:12+05:00") in found
    assert not any(f.field == "dc:subject" for f in found)


def test_an_unclosed_xmp_element_is_not_an_error() -> None:
    assert tags.xmp_findings(b"<dc:creator><rdf:li>Karim" + b"<dc:creator>" * 10_000) == []


def test_iptc_inside_a_photoshop_block() -> None:
    iptc = (b"\x1c\x02\x50" + (5).to_bytes(2, "big") + b"Karim"
            + b"\x1c\x02\x5a" + (8).to_bytes(2, "big") + b"Tashkent")
    block = (b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00"
             + len(iptc).to_bytes(4, "big") + iptc + b"\x00" * (len(iptc) % 2))
    assert tags.photoshop_findings(block) == [
        Finding(AUTHOR, "IPTC:By-line", "Karim"), Finding(LOCATION, "IPTC:City", "Tashkent")]


def test_positions_and_pdf_dates_in_plain_form() -> None:
    assert tags.position(41.31111, "N", 69.27972, "E") == "41.3111 N 69.2797 E"
    assert tags.position(41.31111, "N", -69.27972, "E") == "41.3111 N 69.2797 W"
    assert pdf._pdf_date("D:20250301101112+05'00'") == "2025-03-01 10:11:12 +05:00"
    assert pdf._pdf_date("D:20250301101112Z") == "2025-03-01 10:11:12 UTC"
    assert pdf._pdf_date("D:2025") == "2025-01-01"
    assert pdf._pdf_date("yesterday") == "yesterday"
