"""The commands of `guvoh`, one module per area. Importing this package fills the table
(app.cli.table.COMMANDS); the import order is the order `guvoh --help` lists them in."""

from . import vault  # noqa: I001 - the order of `guvoh --help`
from . import cases
from . import keys
from . import bundles
from . import wipe
from . import seal
from . import disguise
from . import duress
from . import provision
from . import team

__all__ = ["bundles", "cases", "disguise", "duress", "keys", "provision", "seal", "team", "vault",
           "wipe"]
