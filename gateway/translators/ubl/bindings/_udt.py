# gateway/translators/ubl/bindings/_udt.py
# -*- coding: utf-8 -*-
# PyXB bindings for NM:3b8316427b9d04ab971fa43e6eb74533d8e2824e
# Generated 2026-11-22 21:45:39.412754 by PyXB version 1.2.6 using Python 3.11.7.final.0
# Namespace urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2 [xmlns:udt]

from __future__ import unicode_literals
import pyxb
import pyxb.binding
import pyxb.binding.saxer
import io
import pyxb.utils.utility
import pyxb.utils.domutils
import sys
import pyxb.utils.six as _six
# Unique identifier for bindings created at the same time
_GenerationUID = pyxb.utils.utility.UniqueIdentifier('urn:uuid:1db3d787-d906-4207-8177-5ab6ee49261a')

# Version of PyXB used to generate the bindings
_PyXBVersion = '1.2.6'

# A holder for module-level binding classes so we can access them from
# inside class definitions where property names may conflict.
_module_typeBindings = pyxb.utils.utility.Object()

# Import bindings for namespaces imported into schema
import gateway.translators.ubl.bindings._ccts_cct as _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct
import pyxb.binding.datatypes

# NOTE: All namespace declarations are reserved within the binding
Namespace = pyxb.namespace.NamespaceForURI('urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2', create_if_missing=True)
Namespace.configureCategories(['typeBinding', 'elementBinding'])

def CreateFromDocument (xml_text, fallback_namespace=None, location_base=None, default_namespace=None):
    """Parse the given XML and use the document element to create a
    Python instance.

    @param xml_text An XML document.  This should be data (Python 2
    str or Python 3 bytes), or a text (Python 2 unicode or Python 3
    str) in the L{pyxb._InputEncoding} encoding.

    @keyword fallback_namespace An absent L{pyxb.Namespace} instance
    to use for unqualified names when there is no default namespace in
    scope.  If unspecified or C{None}, the namespace of the module
    containing this function will be used, if it is an absent
    namespace.

    @keyword location_base: An object to be recorded as the base of all
    L{pyxb.utils.utility.Location} instances associated with events and
    objects handled by the parser.  You might pass the URI from which
    the document was obtained.

    @keyword default_namespace An alias for @c fallback_namespace used
    in PyXB 1.1.4 through 1.2.6.  It behaved like a default namespace
    only for absent namespaces.
    """

    if pyxb.XMLStyle_saxer != pyxb._XMLStyle:
        dom = pyxb.utils.domutils.StringToDOM(xml_text)
        return CreateFromDOM(dom.documentElement)
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    saxer = pyxb.binding.saxer.make_parser(fallback_namespace=fallback_namespace, location_base=location_base)
    handler = saxer.getContentHandler()
    xmld = xml_text
    if isinstance(xmld, _six.text_type):
        xmld = xmld.encode(pyxb._InputEncoding)
    saxer.parse(io.BytesIO(xmld))
    instance = handler.rootObject()
    return instance

def CreateFromDOM (node, fallback_namespace=None, default_namespace=None):
    """Create a Python instance from the given DOM node.
    The node tag must correspond to an element declaration in this module.

    @deprecated: Forcing use of DOM interface is unnecessary; use L{CreateFromDocument}."""
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    return pyxb.binding.basis.element.AnyCreateFromDOM(node, fallback_namespace)


# Atomic simple type: [anonymous]
class STD_ANON (pyxb.binding.datatypes.decimal):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 59, 2)
    _Documentation = None
STD_ANON._InitializeFacetMap()
_module_typeBindings.STD_ANON = STD_ANON

# Atomic simple type: [anonymous]
class STD_ANON_ (pyxb.binding.datatypes.base64Binary):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 91, 2)
    _Documentation = None
STD_ANON_._InitializeFacetMap()
_module_typeBindings.STD_ANON_ = STD_ANON_

# Atomic simple type: [anonymous]
class STD_ANON_2 (pyxb.binding.datatypes.base64Binary):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 123, 2)
    _Documentation = None
STD_ANON_2._InitializeFacetMap()
_module_typeBindings.STD_ANON_2 = STD_ANON_2

# Atomic simple type: [anonymous]
class STD_ANON_3 (pyxb.binding.datatypes.base64Binary):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 155, 2)
    _Documentation = None
STD_ANON_3._InitializeFacetMap()
_module_typeBindings.STD_ANON_3 = STD_ANON_3

# Atomic simple type: [anonymous]
class STD_ANON_4 (pyxb.binding.datatypes.base64Binary):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 187, 2)
    _Documentation = None
STD_ANON_4._InitializeFacetMap()
_module_typeBindings.STD_ANON_4 = STD_ANON_4

# Atomic simple type: [anonymous]
class STD_ANON_5 (pyxb.binding.datatypes.base64Binary):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 219, 2)
    _Documentation = None
STD_ANON_5._InitializeFacetMap()
_module_typeBindings.STD_ANON_5 = STD_ANON_5

# Atomic simple type: [anonymous]
class STD_ANON_6 (pyxb.binding.datatypes.decimal):

    """An atomic simple type."""

    _ExpandedName = None
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 356, 2)
    _Documentation = None
STD_ANON_6._InitializeFacetMap()
_module_typeBindings.STD_ANON_6 = STD_ANON_6

# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}DateTimeType with content type SIMPLE
class DateTimeType (pyxb.binding.basis.complexTypeDefinition):
    """
        
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.dateTime
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'DateTimeType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 269, 2)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.dateTime
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.DateTimeType = DateTimeType
Namespace.addCategoryObject('typeBinding', 'DateTimeType', DateTimeType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}DateType with content type SIMPLE
class DateType (pyxb.binding.basis.complexTypeDefinition):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.date
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'DateType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 287, 2)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.date
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.DateType = DateType
Namespace.addCategoryObject('typeBinding', 'DateType', DateType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}TimeType with content type SIMPLE
class TimeType (pyxb.binding.basis.complexTypeDefinition):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.time
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'TimeType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 304, 2)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.time
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.TimeType = TimeType
Namespace.addCategoryObject('typeBinding', 'TimeType', TimeType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}IndicatorType with content type SIMPLE
class IndicatorType (pyxb.binding.basis.complexTypeDefinition):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.boolean
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'IndicatorType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 339, 2)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.boolean
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.IndicatorType = IndicatorType
Namespace.addCategoryObject('typeBinding', 'IndicatorType', IndicatorType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}AmountType with content type SIMPLE
class AmountType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.AmountType):
    """
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'AmountType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 59, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.AmountType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.AmountType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.AmountType
    
    # Attribute currencyID is restricted from parent
    
    # Attribute currencyID uses Python identifier currencyID
    __currencyID = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'currencyID'), 'currencyID', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_AmountType_currencyID', pyxb.binding.datatypes.normalizedString, required=True)
    __currencyID._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 72, 8)
    __currencyID._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 72, 8)
    
    currencyID = property(__currencyID.value, __currencyID.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute currencyCodeListVersionID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}AmountType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __currencyID.name() : __currencyID
    })
_module_typeBindings.AmountType = AmountType
Namespace.addCategoryObject('typeBinding', 'AmountType', AmountType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}BinaryObjectType with content type SIMPLE
class BinaryObjectType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'BinaryObjectType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 91, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType
    
    # Attribute mimeCode is restricted from parent
    
    # Attribute mimeCode uses Python identifier mimeCode
    __mimeCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'mimeCode'), 'mimeCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_BinaryObjectType_mimeCode', pyxb.binding.datatypes.normalizedString, required=True)
    __mimeCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 105, 8)
    __mimeCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 105, 8)
    
    mimeCode = property(__mimeCode.value, __mimeCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute encodingCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute characterSetCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute uri inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute filename inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __mimeCode.name() : __mimeCode
    })
_module_typeBindings.BinaryObjectType = BinaryObjectType
Namespace.addCategoryObject('typeBinding', 'BinaryObjectType', BinaryObjectType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}GraphicType with content type SIMPLE
class GraphicType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_2
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'GraphicType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 123, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType
    
    # Attribute mimeCode is restricted from parent
    
    # Attribute mimeCode uses Python identifier mimeCode
    __mimeCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'mimeCode'), 'mimeCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_BinaryObjectType_mimeCode', pyxb.binding.datatypes.normalizedString, required=True)
    __mimeCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 137, 8)
    __mimeCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 137, 8)
    
    mimeCode = property(__mimeCode.value, __mimeCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute encodingCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute characterSetCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute uri inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute filename inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __mimeCode.name() : __mimeCode
    })
_module_typeBindings.GraphicType = GraphicType
Namespace.addCategoryObject('typeBinding', 'GraphicType', GraphicType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}PictureType with content type SIMPLE
class PictureType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_3
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'PictureType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 155, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType
    
    # Attribute mimeCode is restricted from parent
    
    # Attribute mimeCode uses Python identifier mimeCode
    __mimeCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'mimeCode'), 'mimeCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_BinaryObjectType_mimeCode', pyxb.binding.datatypes.normalizedString, required=True)
    __mimeCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 169, 8)
    __mimeCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 169, 8)
    
    mimeCode = property(__mimeCode.value, __mimeCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute encodingCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute characterSetCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute uri inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute filename inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __mimeCode.name() : __mimeCode
    })
_module_typeBindings.PictureType = PictureType
Namespace.addCategoryObject('typeBinding', 'PictureType', PictureType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}SoundType with content type SIMPLE
class SoundType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_4
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'SoundType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 187, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType
    
    # Attribute mimeCode is restricted from parent
    
    # Attribute mimeCode uses Python identifier mimeCode
    __mimeCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'mimeCode'), 'mimeCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_BinaryObjectType_mimeCode', pyxb.binding.datatypes.normalizedString, required=True)
    __mimeCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 201, 8)
    __mimeCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 201, 8)
    
    mimeCode = property(__mimeCode.value, __mimeCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute encodingCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute characterSetCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute uri inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute filename inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __mimeCode.name() : __mimeCode
    })
_module_typeBindings.SoundType = SoundType
Namespace.addCategoryObject('typeBinding', 'SoundType', SoundType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}VideoType with content type SIMPLE
class VideoType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_5
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'VideoType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 219, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.BinaryObjectType
    
    # Attribute mimeCode is restricted from parent
    
    # Attribute mimeCode uses Python identifier mimeCode
    __mimeCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'mimeCode'), 'mimeCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_BinaryObjectType_mimeCode', pyxb.binding.datatypes.normalizedString, required=True)
    __mimeCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 233, 8)
    __mimeCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 233, 8)
    
    mimeCode = property(__mimeCode.value, __mimeCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute encodingCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute characterSetCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute uri inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    
    # Attribute filename inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}BinaryObjectType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __mimeCode.name() : __mimeCode
    })
_module_typeBindings.VideoType = VideoType
Namespace.addCategoryObject('typeBinding', 'VideoType', VideoType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}CodeType with content type SIMPLE
class CodeType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.CodeType):
    """
        
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.normalizedString
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'CodeType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 251, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.CodeType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.CodeType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.CodeType
    
    # Attribute listID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listAgencyID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listAgencyName inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listName inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listVersionID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute name inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute languageID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listURI inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    
    # Attribute listSchemeURI inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}CodeType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.CodeType = CodeType
Namespace.addCategoryObject('typeBinding', 'CodeType', CodeType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}IdentifierType with content type SIMPLE
class IdentifierType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.IdentifierType):
    """
        
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.normalizedString
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'IdentifierType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 321, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.IdentifierType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.IdentifierType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.IdentifierType
    
    # Attribute schemeID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeName inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeAgencyID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeAgencyName inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeVersionID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeDataURI inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    
    # Attribute schemeURI inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}IdentifierType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.IdentifierType = IdentifierType
Namespace.addCategoryObject('typeBinding', 'IdentifierType', IdentifierType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}MeasureType with content type SIMPLE
class MeasureType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.MeasureType):
    """
        
        
        
        
        
        
        
        
      """
    _TypeDefinition = STD_ANON_6
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'MeasureType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 356, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.MeasureType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.MeasureType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.MeasureType
    
    # Attribute unitCode is restricted from parent
    
    # Attribute unitCode uses Python identifier unitCode
    __unitCode = pyxb.binding.content.AttributeUse(pyxb.namespace.ExpandedName(None, 'unitCode'), 'unitCode', '__urnununeceuncefactdataspecificationCoreComponentTypeSchemaModule2_MeasureType_unitCode', pyxb.binding.datatypes.normalizedString, required=True)
    __unitCode._DeclarationLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 371, 8)
    __unitCode._UseLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 371, 8)
    
    unitCode = property(__unitCode.value, __unitCode.set, None, '\n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n                 \n              ')

    
    # Attribute unitCodeListVersionID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}MeasureType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        __unitCode.name() : __unitCode
    })
_module_typeBindings.MeasureType = MeasureType
Namespace.addCategoryObject('typeBinding', 'MeasureType', MeasureType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}NumericType with content type SIMPLE
class NumericType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.decimal
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'NumericType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 390, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType
    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}NumericType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.NumericType = NumericType
Namespace.addCategoryObject('typeBinding', 'NumericType', NumericType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}ValueType with content type SIMPLE
class ValueType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.decimal
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'ValueType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 407, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType
    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}NumericType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.ValueType = ValueType
Namespace.addCategoryObject('typeBinding', 'ValueType', ValueType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}PercentType with content type SIMPLE
class PercentType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.decimal
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'PercentType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 424, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType
    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}NumericType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.PercentType = PercentType
Namespace.addCategoryObject('typeBinding', 'PercentType', PercentType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}RateType with content type SIMPLE
class RateType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.decimal
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'RateType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 441, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.NumericType
    
    # Attribute format inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}NumericType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.RateType = RateType
Namespace.addCategoryObject('typeBinding', 'RateType', RateType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}QuantityType with content type SIMPLE
class QuantityType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.QuantityType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.decimal
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'QuantityType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 458, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.QuantityType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.QuantityType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.QuantityType
    
    # Attribute unitCode inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}QuantityType
    
    # Attribute unitCodeListID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}QuantityType
    
    # Attribute unitCodeListAgencyID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}QuantityType
    
    # Attribute unitCodeListAgencyName inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}QuantityType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.QuantityType = QuantityType
Namespace.addCategoryObject('typeBinding', 'QuantityType', QuantityType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}TextType with content type SIMPLE
class TextType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.string
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'TextType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 475, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType
    
    # Attribute languageID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}TextType
    
    # Attribute languageLocaleID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}TextType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.TextType = TextType
Namespace.addCategoryObject('typeBinding', 'TextType', TextType)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2}NameType with content type SIMPLE
class NameType (_ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType):
    """
        
        
        
        
        
        
        
      """
    _TypeDefinition = pyxb.binding.datatypes.string
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_SIMPLE
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'NameType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/common/UBL-UnqualifiedDataTypes-2.1.xsd', 492, 2)
    _ElementMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType._ElementMap.copy()
    _AttributeMap = _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType._AttributeMap.copy()
    # Base type is _ImportedBinding_gateway_translators_ubl_bindings__ccts_cct.TextType
    
    # Attribute languageID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}TextType
    
    # Attribute languageLocaleID inherited from {urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2}TextType
    _ElementMap.update({
        
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.NameType = NameType
Namespace.addCategoryObject('typeBinding', 'NameType', NameType)

