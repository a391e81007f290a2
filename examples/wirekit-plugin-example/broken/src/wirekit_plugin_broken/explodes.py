"""A plugin module that fails while being imported, as a plugin with a missing dependency does."""

raise ImportError("wirekit_plugin_broken.explodes needs a package that is not installed")
