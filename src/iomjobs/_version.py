"""The version of iomjobs, read by the build (hatchling) and at run time."""

__version__ = "0.1.0.dev0"
