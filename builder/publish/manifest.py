"""imsmanifest.xml for SCORM 1.2: one organization, one SCO that is the whole course.

Written with the standard library; the XSD files the manifest names need not ship (their
licence is not open, and LMSs such as Moodle do not read them). The namespace prefixes are
written literally rather than left to ElementTree's naming (ns0:, ns1:): Moodle's parser
looks for the attribute `adlcp:scormtype` by that exact name.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = (f"{IMSCP} imscp_rootv1p1p2.xsd {ADLCP} adlcp_rootv1p2.xsd "
                   "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd")

_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]")


def xml_id(text: str) -> str:
    """`text` as a valid XML id (NCName): letters, digits, `_ . -`, starting with a letter or `_`."""
    value = _NOT_ID.sub("-", text)
    return value if re.match(r"[A-Za-z_]", value) else f"_{value}"


def manifest(course_id: str, version: str, title: str, launch: str, files: list[str]) -> bytes:
    """The manifest of a package whose SCO starts at `launch` and holds `files` (paths in the zip)."""
    ident = xml_id(f"{course_id}-{version}")
    sub = ET.SubElement
    root = ET.Element("manifest", {"identifier": ident, "version": version, "xmlns": IMSCP,
                                   "xmlns:adlcp": ADLCP, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION})
    metadata = sub(root, "metadata")
    sub(metadata, "schema").text = "ADL SCORM"
    sub(metadata, "schemaversion").text = "1.2"
    org = sub(sub(root, "organizations", {"default": f"{ident}-org"}), "organization", {"identifier": f"{ident}-org"})
    sub(org, "title").text = title
    item = sub(org, "item", {"identifier": f"{ident}-item", "identifierref": f"{ident}-sco", "isvisible": "true"})
    sub(item, "title").text = title
    resource = sub(sub(root, "resources"), "resource", {"identifier": f"{ident}-sco", "type": "webcontent",
                                                        "adlcp:scormtype": "sco", "href": quote(launch)})
    for name in sorted(set(files) | {launch}):
        sub(resource, "file", {"href": quote(name)})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
