# Debian's azure-cli 2.45 ships a newer azure-mgmt-authorization whose operation groups keep their
# configuration as `_config`; `az role` reads `.config` and fails before sending anything. On
# PYTHONPATH for the tests' az only, this gives those classes the attribute az expects. Nothing else.
import importlib

for _version in ('v2015_07_01', 'v2018_01_01_preview', 'v2020_04_01_preview', 'v2022_04_01'):
    try:
        _operations = importlib.import_module(f'azure.mgmt.authorization.{_version}.operations')
    except ImportError:
        continue
    for _name in dir(_operations):
        _class = getattr(_operations, _name)
        if isinstance(_class, type) and _name.endswith('Operations') and not hasattr(_class, 'config'):
            _class.config = property(lambda self: self._config)
