# Debian's azure-cli 2.45 ships a newer azure-mgmt-authorization whose operation groups keep their
# configuration as `_config`; `az role` reads `.config` and fails before sending anything. On
# PYTHONPATH for the tests' az only, this gives those classes the attribute az expects. Nothing else.
# The patch is applied when az imports one of those modules: importing all four up front cost every
# az command ~0.3 s of CPU, and only `az role` needs them.
import importlib.abc
import importlib.util
import sys

_MODULES = {
    f'azure.mgmt.authorization.{_version}.operations'
    for _version in ('v2015_07_01', 'v2018_01_01_preview', 'v2020_04_01_preview', 'v2022_04_01')
}


def _give_config(module):
    for _name in dir(module):
        _class = getattr(module, _name)
        if isinstance(_class, type) and _name.endswith('Operations') and not hasattr(_class, 'config'):
            _class.config = property(lambda self: self._config)


class _PatchingLoader(importlib.abc.Loader):
    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        _give_config(module)


class _PatchOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in _MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, 'find_spec'):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _PatchingLoader(spec.loader)
                return spec
        return None


sys.meta_path.insert(0, _PatchOnImport())
